// N students joining one class and submitting, spread over ten seconds, through the real
// pages and server actions (no-JS form posts). "Acknowledged" = the server redirected to a
// result (303); "stored" = rows in the class afterwards. Students arrive from networks of
// NETWORK_SIZE (a school's NAT: one address to the app's per-network rate limits).
import { CookieJar, hiddenFields, post } from "./browser-form";

export type ScaleResult = {
  students: number;
  acknowledged: number;
  stored: number;
  lost: number;
  failed: number;
  submitP50Ms: number;
  submitP99Ms: number;
  wallSeconds: number;
};

const NETWORK_SIZE = 100;

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

export async function classScale(options: {
  base: string;
  code: string;
  students: number;
  answers: [string, string][];
  storedRows: () => Promise<number>;
}): Promise<ScaleResult> {
  const { base, code, students, answers } = options;
  const joinHtml = await (await fetch(`${base}/c/${code}`)).text();
  const joinFields = hiddenFields(joinHtml, 'name="nickname"').filter(([k]) => k !== "nickname");
  const latencies: number[] = [];
  let acknowledged = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: students }, async (_, i) => {
      await new Promise((r) => setTimeout(r, (i / students) * 10_000));
      const jar = new CookieJar();
      const network = { "x-forwarded-for": `10.0.${Math.floor(i / NETWORK_SIZE)}.1` };
      try {
        const nickname: [string, string] = ["nickname", `S${i}`];
        const joined = await post(`${base}/c/${code}`, [...joinFields, nickname], jar, network);
        if (joined.status !== 303) throw new Error(`join ${joined.status}`);
        // The quiz page's own hidden fields (its action, slug, class code) for this student.
        const quizHtml = await (
          await fetch(`${base}/c/${code}/quiz`, { headers: { cookie: jar.header(), ...network } })
        ).text();
        const fields = hiddenFields(quizHtml, 'name="classCode"');
        const t0 = performance.now();
        const res = await post(`${base}/c/${code}/quiz`, [...fields, ...answers], jar, network);
        latencies.push(performance.now() - t0);
        if (res.status === 303 && /\/quiz\/result\//.test(res.headers.get("location") ?? "")) {
          acknowledged++;
        } else failed++;
      } catch {
        failed++;
      }
    }),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const stored = await options.storedRows();
  latencies.sort((a, b) => a - b);
  return {
    students,
    acknowledged,
    stored,
    lost: Math.max(0, acknowledged - stored),
    failed,
    submitP50Ms: Math.round(pct(latencies, 50)),
    submitP99Ms: Math.round(pct(latencies, 99)),
    wallSeconds: Number(wallSeconds.toFixed(1)),
  };
}
