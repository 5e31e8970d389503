// The official IMS Common Cartridge 1.1 schemas, used where they are kept (unchanged copies
// in ../shared/standards/ims-cc-1.1, never copied into the project), and xmllint to check
// our files against them, offline. Without either, the tests skip with a loud line, except
// under CI, where a skipped validation would be a silent hole, so they fail instead.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { onPath } from "../support/debian-command";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** CC_SCHEMAS_DIR, else `shared/standards/ims-cc-1.1` beside the checkout or above it. */
function schemasDir(): string | undefined {
  if (process.env.CC_SCHEMAS_DIR) return process.env.CC_SCHEMAS_DIR;
  for (let dir = dirname(repoRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared/standards/ims-cc-1.1");
    if (existsSync(join(candidate, "ccv1p1_imscp_v1p2_v1p0.xsd"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

type Validate = (schema: string, xml: string) => { valid: boolean; errors: string };

export type CcStandards =
  { ok: true; dir: string; validate: Validate } | { ok: false; reason: string };

export function ccStandards(): CcStandards {
  const dir = schemasDir();
  if (!dir) {
    return {
      ok: false,
      reason:
        "the IMS CC 1.1 schemas are not beside this checkout (../shared/standards/ims-cc-1.1); set CC_SCHEMAS_DIR",
    };
  }
  if (!onPath("xmllint")) {
    return { ok: false, reason: "xmllint is not installed (Debian: libxml2-utils)" };
  }
  const validate: Validate = (schema, xml) => {
    const work = mkdtempSync(join(tmpdir(), "cc-xsd-"));
    try {
      const file = join(work, "file.xml");
      writeFileSync(file, xml);
      const run = spawnSync(
        "xmllint",
        ["--nonet", "--noout", "--schema", join(dir, schema), file],
        { encoding: "utf8" },
      );
      return { valid: run.status === 0, errors: run.stderr };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
  return { ok: true, dir, validate };
}
