// Pure logic behind `npm run test:supply-chain` (scripts/check-supply-chain.ts): every installed
// copy of a package listed in security/advisories.json must be at or above its floor. Kept free
// of file and process access so the unit tests can feed it hand-made lockfiles.
import semver, { type SemVer } from "semver";
import { z } from "zod";

// Versions are parsed and ordered by the `semver` package (what npm itself uses), strict mode.
// It also accepts a leading "v" or "=" and surrounding spaces, which npm never writes in a
// lockfile: only the canonical text counts here, so a typo in the table is reported rather
// than normalised away. Like npm, it refuses numbers above Number.MAX_SAFE_INTEGER.
function parseVersion(text: string): SemVer | null {
  const parsed = semver.parse(text);
  if (!parsed) return null;
  const canonical = parsed.build.length
    ? `${parsed.version}+${parsed.build.join(".")}`
    : parsed.version;
  return canonical === text ? parsed : null;
}

function isVersion(text: string): boolean {
  return parseVersion(text) !== null;
}

function versionOf(text: string): SemVer {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not a semver version: ${JSON.stringify(text)}`);
  return parsed;
}

// Precedence per semver 2.0.0: build metadata is ignored, and a release outranks every
// prerelease of the same major.minor.patch (5.0.0 > 5.0.0-beta.32).
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  return semver.compare(versionOf(a), versionOf(b));
}

// GHSA ids use a fixed 20-letter alphabet; checking it catches a mistyped id in the table.
const ADVISORY_ID = /^(?:GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,})$/;

const advisoryId = z.string().regex(ADVISORY_ID, "expected a GHSA-xxxx-xxxx-xxxx or CVE id");

const tableSchema = z.object({
  about: z.string(),
  reviewed: z.iso.date(),
  packages: z
    .array(
      z.object({
        name: z.string().min(1),
        minVersion: z.string().refine(isVersion, "minVersion must be a semver version"),
        optional: z.boolean().optional(),
        advisories: z.array(advisoryId),
        note: z.string().optional(),
      }),
    )
    .min(1),
  advisories: z.record(
    advisoryId,
    z.object({
      aliases: z.array(advisoryId),
      summary: z.string().min(1),
      fixed: z.string().min(1),
      url: z.url({ protocol: /^https$/ }),
    }),
  ),
});

export type AdvisoryTable = z.infer<typeof tableSchema>;

export function parseAdvisoryTable(json: unknown): AdvisoryTable {
  const parsed = tableSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`security/advisories.json is malformed:\n${z.prettifyError(parsed.error)}`);
  }
  const table = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of table.packages) {
    if (seen.has(entry.name)) problems.push(`${entry.name} is listed twice`);
    seen.add(entry.name);
    for (const id of entry.advisories) {
      if (!(id in table.advisories))
        problems.push(`${entry.name} cites ${id}, which has no record`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`security/advisories.json is inconsistent:\n- ${problems.join("\n- ")}`);
  }
  return table;
}

const lockSchema = z.object({
  lockfileVersion: z.number().int().min(2, "needs lockfileVersion 2 or 3 (the packages map)"),
  packages: z.record(
    z.string(),
    z.object({
      name: z.string().optional(),
      version: z.string().optional(),
      link: z.boolean().optional(),
    }),
  ),
});

export type Lockfile = z.infer<typeof lockSchema>;

export function parseLockfile(json: unknown): Lockfile {
  const parsed = lockSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`package-lock.json is not usable:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export type InstalledCopy = { path: string; version: string | undefined };

// The package a lock entry holds: its `name` field when npm wrote one (aliases such as
// "old-next": "npm:next@15" and workspaces), otherwise the path after the last node_modules/.
function packageNameAt(path: string, entry: Lockfile["packages"][string]): string | undefined {
  if (entry.name) return entry.name;
  const at = path.lastIndexOf("node_modules/");
  return at === -1 ? undefined : path.slice(at + "node_modules/".length);
}

export function installedCopies(lock: Lockfile, name: string): InstalledCopy[] {
  const copies: InstalledCopy[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    // "" is the project itself; a link entry has no version and points at a path that has its
    // own entry, which is checked instead.
    if (path === "" || entry.link) continue;
    if (packageNameAt(path, entry) === name) copies.push({ path, version: entry.version });
  }
  return copies.sort((a, b) => a.path.localeCompare(b.path));
}

export type Row = {
  name: string;
  path: string | undefined;
  installed: string | undefined;
  floor: string;
  advisories: string[];
  optional: boolean;
  ok: boolean;
};

export type Report = { rows: Row[]; failures: string[] };

export function checkSupplyChain(lock: Lockfile, table: AdvisoryTable): Report {
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const entry of table.packages) {
    const base = {
      name: entry.name,
      floor: entry.minVersion,
      advisories: entry.advisories,
      optional: entry.optional === true,
    };
    const copies = installedCopies(lock, entry.name);
    if (copies.length === 0) {
      const ok = base.optional;
      rows.push({ ...base, path: undefined, installed: undefined, ok });
      if (!ok) {
        failures.push(
          `${entry.name} is not in package-lock.json, but security/advisories.json lists it as required`,
        );
      }
      continue;
    }
    for (const copy of copies) {
      let ok = false;
      if (copy.version === undefined) {
        failures.push(`${copy.path}: the lock entry has no version, so it cannot be checked`);
      } else if (!isVersion(copy.version)) {
        failures.push(
          `${copy.path}: version ${copy.version} is not semver, so it cannot be checked`,
        );
      } else if (compareVersions(copy.version, entry.minVersion) < 0) {
        failures.push(`${copy.path} is ${copy.version}, below the floor ${entry.minVersion}`);
      } else {
        ok = true;
      }
      rows.push({ ...base, path: copy.path, installed: copy.version, ok });
    }
  }
  return { rows, failures };
}

function packageCell(row: Row): string {
  if (row.path === undefined || row.path === `node_modules/${row.name}`) return row.name;
  return `${row.name} (${row.path})`;
}

function advisoriesCell(ids: string[]): string {
  if (ids.length === 0) return "-";
  const shown = ids.slice(0, 2).join(", ");
  return ids.length > 2 ? `${shown} +${ids.length - 2}` : shown;
}

export function formatTable(rows: Row[]): string {
  const header = ["package", "installed", "floor", "advisories", "ok"];
  const body = rows.map((row) => [
    packageCell(row),
    row.installed ?? (row.optional ? "not installed (optional)" : "not installed"),
    `>= ${row.floor}`,
    advisoriesCell(row.advisories),
    row.ok ? "ok" : "FAIL",
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map((cells) => (cells[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
