// Lighthouse 12.2.3, mobile, default simulated throttling, Debian Chromium: median of runs.
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { promisify } from "node:util";

const exec = promisify(execFile);

export type LighthouseRow = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export type LighthouseTarget = { name: string; url: string; cookie?: string };

/**
 * Median of `runs` per target, taken in rounds (each round visits every target once), so a
 * slow spell on this shared machine lands on every route rather than on one.
 */
export async function lighthouse(
  targets: LighthouseTarget[],
  runs: number,
): Promise<Record<string, LighthouseRow>> {
  const rows = new Map<string, LighthouseRow[]>(targets.map((t) => [t.name, []]));
  for (let i = 0; i < runs; i++)
    for (const t of targets) rows.get(t.name)!.push(await runOnce(t.url, t.cookie));
  return Object.fromEntries(targets.map((t) => [t.name, medianRow(rows.get(t.name)!)]));
}

async function runOnce(url: string, cookie?: string): Promise<LighthouseRow> {
  const out = `/tmp/bench-lh-${process.pid}.json`;
  await exec(
    "npx",
    [
      "lighthouse",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update",
      ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ],
    {
      env: {
        ...process.env,
        CHROME_PATH: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      },
      maxBuffer: 1 << 26,
    },
  );
  const report = JSON.parse(await readFile(out, "utf8"));
  await rm(out, { force: true });
  const c = report.categories;
  const a = report.audits;
  return {
    performance: Math.round(c.performance.score * 100),
    accessibility: Math.round(c.accessibility.score * 100),
    bestPractices: Math.round(c["best-practices"].score * 100),
    seo: Math.round(c.seo.score * 100),
    fcpMs: Math.round(a["first-contentful-paint"].numericValue),
    lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(a["total-blocking-time"].numericValue),
    cls: Number(a["cumulative-layout-shift"].numericValue.toFixed(3)),
  };
}

function medianRow(rows: LighthouseRow[]): LighthouseRow {
  const key = <K extends keyof LighthouseRow>(k: K) => median(rows.map((r) => r[k]));
  return {
    performance: key("performance"),
    accessibility: key("accessibility"),
    bestPractices: key("bestPractices"),
    seo: key("seo"),
    fcpMs: key("fcpMs"),
    lcpMs: key("lcpMs"),
    tbtMs: key("tbtMs"),
    cls: key("cls"),
  };
}
