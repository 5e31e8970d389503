// `npm run test:supply-chain` (part of `npm test`): fails the gate when package-lock.json holds
// any copy of a package below the minimum safe version in security/advisories.json. The lock
// is read rather than node_modules so the check sees exactly what `npm ci` will install.
// An optional argument names another lockfile, to try the gate against a proposed lock.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  checkSupplyChain,
  formatTable,
  parseAdvisoryTable,
  parseLockfile,
  type AdvisoryTable,
} from "./supply-chain";

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

const repoFile = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

function advisoryDetails(table: AdvisoryTable, ids: string[]): string[] {
  return ids.map((id) => {
    const advisory = table.advisories[id];
    if (!advisory) return `    ${id}`;
    const aliases = advisory.aliases.length > 0 ? ` (${advisory.aliases.join(", ")})` : "";
    return `    ${id}${aliases}: ${advisory.summary} Fixed: ${advisory.fixed}. ${advisory.url}`;
  });
}

try {
  const table = parseAdvisoryTable(readJson(repoFile("../security/advisories.json")));
  const lock = parseLockfile(readJson(process.argv[2] ?? repoFile("../package-lock.json")));
  const { rows, failures } = checkSupplyChain(lock, table);

  console.log(formatTable(rows));
  if (failures.length > 0) {
    console.error(`\ntest:supply-chain: ${failures.length} problem(s):`);
    for (const failure of failures) console.error(`  - ${failure}`);
    const failing = new Set(rows.filter((row) => !row.ok).map((row) => row.name));
    for (const entry of table.packages.filter((e) => failing.has(e.name))) {
      console.error(
        `\n  ${entry.name} >= ${entry.minVersion}${entry.note ? `: ${entry.note}` : ""}`,
      );
      for (const detail of advisoryDetails(table, entry.advisories)) console.error(detail);
    }
    console.error(
      "\nUpgrade the packages above (npm overrides for nested copies), then run npm run test:supply-chain again.",
    );
    process.exit(1);
  }
  console.log(`\ntest:supply-chain: every installed copy is at or above its floor.`);
} catch (error) {
  console.error(`test:supply-chain: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
