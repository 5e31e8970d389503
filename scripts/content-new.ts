// `npm run content:new <slug> -- --from <source.txt>`: a new briefing folder under
// content/briefings, from a source text. Writes nothing if the folder exists.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CONTENT_DIR } from "../lib/content/load-briefings.server";
import { nextSteps, scaffoldBriefing } from "../lib/editorial/scaffold";
import { slugSchema } from "../lib/content/schemas";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { from: { type: "string" } },
});
const [slug] = positionals;
const fail = (message: string) => {
  console.error(`content:new: ${message}`);
  console.error("usage: npm run content:new <slug> -- --from <path to the source text>");
  process.exit(1);
};
if (!slug || !slugSchema.safeParse(slug).success) {
  fail(
    `give a folder name in lowercase kebab-case (a-z, 0-9, single hyphens), not ${JSON.stringify(slug ?? "")}`,
  );
}
if (!values.from || !existsSync(values.from))
  fail(`no source text at ${JSON.stringify(values.from ?? "")}`);
const dir = path.join(CONTENT_DIR, slug!);
if (existsSync(dir)) fail(`${path.relative(process.cwd(), dir)} already exists`);

const files = scaffoldBriefing(
  readFileSync(values.from!, "utf8"),
  new Date().toISOString().slice(0, 10),
);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
const shown = path.relative(process.cwd(), dir);
console.log(`content:new: wrote ${shown}/ (${Object.keys(files).join(", ")})`);
console.log(nextSteps(shown));
