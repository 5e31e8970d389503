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

export async function lighthouse(
  url: string,
  runs: number,
  cookie?: string,
): Promise<LighthouseRow> {
  const rows: LighthouseRow[] = [];
  for (let i = 0; i < runs; i++) {
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
    rows.push({
      performance: Math.round(c.performance.score * 100),
      accessibility: Math.round(c.accessibility.score * 100),
      bestPractices: Math.round(c["best-practices"].score * 100),
      seo: Math.round(c.seo.score * 100),
      fcpMs: Math.round(a["first-contentful-paint"].numericValue),
      lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
      tbtMs: Math.round(a["total-blocking-time"].numericValue),
      cls: Number(a["cumulative-layout-shift"].numericValue.toFixed(3)),
    });
  }
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
