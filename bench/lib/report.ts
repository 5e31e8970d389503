// BENCHMARKS.md from one run's results: every table from the same run, with ratios.
import { writeFileSync } from "node:fs";
import type { Bytes, PageBytes } from "./bytes";
import type { ScaleResult } from "./class-scale";
import type { LighthouseRow } from "./lighthouse";
import type { LoadResult } from "./load";

export type Results = {
  date: string;
  commit: string;
  machine: { cpus: number; cpuModel?: string; memoryGiB: number; node: string };
  versions: Record<string, string | undefined>;
  lighthouseRuns: number;
  lighthouse: Record<string, LighthouseRow>;
  bytes: Record<string, PageBytes>;
  sourceBytes: Bytes;
  throughput: {
    pages: (LoadResult & { server: string })[];
    submissions: (LoadResult & { store: string })[];
  };
  kvCommands: Record<
    "perJoin" | "perSubmission" | "perDashboard",
    { requests: number; commands: number }
  >;
  classScale: (ScaleResult & { store: string; kvCommandsPerStudent?: number })[];
  seconds: number;
};

const kb = (n: number) => (n / 1024).toFixed(1);

export function writeReport(r: Results) {
  const lines: string[] = [];
  const table = (head: string[], rows: (string | number)[][]) => {
    lines.push(`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`);
    for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
    lines.push("");
  };
  /** One autocannon run a row, named by its first column. */
  const loadTable = (first: string, runs: [string, LoadResult][]) =>
    table(
      [first, "Connections", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "errors"],
      runs.map(([name, x]) => [
        name,
        x.connections,
        x.requestsPerSecond,
        x.p50Ms,
        x.p975Ms,
        x.p99Ms,
        x.errors,
      ]),
    );
  lines.push(
    "# Benchmarks",
    "",
    `One run of \`npm run bench\` on ${r.date.slice(0, 10)}, commit \`${r.commit}\`: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}. ` +
      `Versions: ${Object.entries(r.versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}. ` +
      `The machine is shared and noisy: compare numbers within this file, not across runs. Whole run: ${r.seconds} s.`,
    "",
    `## Lighthouse (mobile, simulated throttling, median of ${r.lighthouseRuns})`,
    "",
  );
  table(
    ["Route", "Perf", "A11y", "Best pr.", "SEO", "FCP ms", "LCP ms", "TBT ms", "CLS"],
    Object.entries(r.lighthouse).map(([name, x]) => [
      name,
      x.performance,
      x.accessibility,
      x.bestPractices,
      x.seo,
      x.fcpMs,
      x.lcpMs,
      x.tbtMs,
      x.cls,
    ]),
  );
  lines.push(
    "The floor is an empty App Router page (`bench/floor-app`) built and served the same way and measured in the same rounds: no route of this app can score above it on this machine.",
    "",
    "## Bytes a phone downloads (measured in Chromium; KB, raw / gzip as sent)",
    "",
  );
  const floorJs = r.bytes["floor (empty page)"]!.js.gzip;
  table(
    ["Page", "HTML", "JS", "CSS", "JS over the floor (gzip)"],
    Object.entries(r.bytes).map(([name, b]) => [
      name,
      `${kb(b.html.raw)} / ${kb(b.html.gzip)}`,
      `${kb(b.js.raw)} / ${kb(b.js.gzip)}`,
      `${kb(b.css.raw)} / ${kb(b.css.gzip)}`,
      `${kb(b.js.gzip - floorJs)}`,
    ]),
  );
  lines.push(
    `The source text itself: ${kb(r.sourceBytes.raw)} KB raw, ${kb(r.sourceBytes.gzip)} KB gzip.`,
    "",
  );
  lines.push(
    "## Throughput (autocannon, 10 s each)",
    "",
    "The briefing page from `next start` against a plain `node:http` server sending the same bytes:",
    "",
  );
  loadTable(
    "Server",
    r.throughput.pages.map((x) => [x.server, x]),
  );
  const ratio = (c: number) => {
    const next = r.throughput.pages.find((x) => x.server === "next start" && x.connections === c);
    const node = r.throughput.pages.find((x) => x.server === "node:http" && x.connections === c);
    return (node!.requestsPerSecond / Math.max(1, next!.requestsPerSecond)).toFixed(1);
  };
  lines.push(
    `Plain node:http serves the same bytes ${ratio(10)}× faster at 10 connections and ${ratio(100)}× at 100.`,
    "",
  );
  lines.push(
    "Quiz submissions (the no-JS form post to the server action, a new attempt each; success = 303):",
    "",
  );
  loadTable(
    "Store",
    r.throughput.submissions.map((x) => [x.store, x]),
  );
  lines.push(
    "## A class submitting at once (students spread over 10 s; join, load quiz, submit)",
    "",
  );
  table(
    [
      "Store",
      "Students",
      "Acknowledged",
      "Stored",
      "Lost",
      "Failed",
      "Submit p50 ms",
      "Submit p99 ms",
      "KV commands / student",
      "Wall s",
    ],
    r.classScale.map((x) => [
      x.store,
      x.students,
      x.acknowledged,
      x.stored,
      x.lost,
      x.failed,
      x.submitP50Ms,
      x.submitP99Ms,
      x.kvCommandsPerStudent ?? "–",
      x.wallSeconds,
    ]),
  );
  const k = r.kvCommands;
  lines.push(
    `KV cost counted at the bridge: a join ${k.perJoin.commands} commands in ${k.perJoin.requests} requests; a class submission ${k.perSubmission.commands} in ${k.perSubmission.requests}; a dashboard load ${k.perDashboard.commands} in ${k.perDashboard.requests}.`,
    "",
    "Byte budgets checked by `npm test` (`scripts/check-budgets.ts`, from the build's chunk lists): briefing JS ≤ floor + 10 KB gzip, quiz first-load JS ≤ floor + 25 KB and with the validation it loads on first use ≤ floor + 40 KB, briefing HTML < 40 KB gzip.",
    "",
  );
  writeFileSync("BENCHMARKS.md", lines.join("\n"));
}
