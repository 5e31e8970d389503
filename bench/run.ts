// `npm run bench`: builds the app and an empty App Router page (the framework floor), serves
// both with `next start` at http://localhost, and measures pages (Lighthouse, bytes),
// throughput (autocannon, against a plain node:http server with the same bytes) and a class
// submitting at once on both stores (KV through the Upstash bridge to a real redis-server).
// Writes bench/results.json, bench/floor.json (the byte budgets' reference) and BENCHMARKS.md.
import Database from "better-sqlite3";
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createClient } from "redis";
import { briefingDir, loadAllBriefings, loadBriefing } from "../lib/content/load-briefings.server";
import { parseQuizOf } from "../lib/quiz/quiz-file.server";
import { ensureRedisServer, startRedisServer } from "../test/kv/redis-server";
import { startUpstashBridge } from "../test/kv/upstash-bridge";
import { answerFields } from "./lib/answers";
import { CookieJar, hiddenFields, multipart, post } from "./lib/browser-form";
import { routeJs } from "./lib/bundle-bytes";
import { pageBytes } from "./lib/bytes";
import { classScale } from "./lib/class-scale";
import { lighthouse } from "./lib/lighthouse";
import { encodeForm, load } from "./lib/load";
import { nextStart, run } from "./lib/processes";
import { writeReport } from "./lib/report";
import { teacherWithClass } from "./lib/teacher";

// The briefing to measure: BENCH_SLUG, else the newest (the one the home page lists first).
const SLUG = process.env.BENCH_SLUG ?? loadAllBriefings()[0]!.slug;
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);
const started = Date.now();
const step = (what: string) =>
  console.log(`[bench] ${((Date.now() - started) / 1000).toFixed(0)} s: ${what}`);

const ready = ensureRedisServer();
if (!ready.ok) throw new Error(`bench needs redis-server: ${ready.reason}`);

step(`measuring briefing "${SLUG}" (BENCH_SLUG to choose another)`);
step("building the app and the framework floor");
await run("npm", ["run", "build"]);
await run("npx", ["next", "build", "bench/floor-app"]);

step("starting servers");
const redis = await startRedisServer();
const bridge = await startUpstashBridge({ redisUrl: redis.url });
const dataDir = mkdtempSync(path.join(tmpdir(), "bench-data-"));
const common = {
  AUTH_SECRET: "bench-only-secret",
  AUTH_TRUST_HOST: "true",
  AUTH_LOCAL_SIGNIN: "true",
};
const sqliteApp = await nextStart(".", 3400, { ...common, DATA_DIR: dataDir });
const kvApp = await nextStart(".", 3401, {
  ...common,
  KV_REST_API_URL: bridge.url,
  KV_REST_API_TOKEN: bridge.token,
  KV_PREFIX: "bench:",
});
const floorApp = await nextStart("bench/floor-app", 3402, {});
const briefingHtml = Buffer.from(await (await fetch(`${sqliteApp.url}/${SLUG}`)).arrayBuffer());
const plain = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(briefingHtml);
});
await new Promise<void>((r) => plain.listen(3403, "127.0.0.1", r));
const plainUrl = "http://localhost:3403";

const quiz = parseQuizOf(loadBriefing(SLUG)!).quiz!;
const answers = answerFields(quiz.questions);

try {
  step("setting up a class and a result to measure");
  const teacher = await teacherWithClass(sqliteApp.url, "Bench Teacher", SLUG);
  const reader = new CookieJar();
  const quizHtml = await (await fetch(`${sqliteApp.url}/${SLUG}/quiz`)).text();
  const quizFields = hiddenFields(quizHtml, 'name="slug"');
  const submitted = await post(
    `${sqliteApp.url}/${SLUG}/quiz`,
    [...quizFields, ...answers],
    reader,
  );
  const resultPath = submitted.headers.get("location")!;

  const routes: { name: string; path: string; cookie?: string }[] = [
    { name: "/", path: "/" },
    { name: "briefing", path: `/${SLUG}` },
    // Its Spanish edition, where it has one (content/<slug>/es/).
    { name: "quiz", path: `/${SLUG}/quiz` },
    ...(existsSync(path.join(briefingDir(SLUG), "es"))
      ? [
          { name: "briefing (es)", path: `/es/${SLUG}` },
          { name: "quiz (es)", path: `/es/${SLUG}/quiz` },
          { name: "/es/c/<code> (join)", path: `/es/c/${teacher.code}` },
        ]
      : []),
    { name: "/c/<code> (join)", path: `/c/${teacher.code}` },
    { name: "result", path: resultPath, cookie: reader.header() },
  ];

  step(`Lighthouse, ${LH_RUNS} runs per route`);
  const lh = await lighthouse(
    [
      { name: "floor (empty page)", url: `${floorApp.url}/` },
      ...routes.map((r) => ({ name: r.name, url: `${sqliteApp.url}${r.path}`, cookie: r.cookie })),
    ],
    LH_RUNS,
  );

  step("bytes in the browser");
  const bytes: Record<string, Awaited<ReturnType<typeof pageBytes>>> = {};
  bytes["floor (empty page)"] = await pageBytes(`${floorApp.url}/`);
  for (const r of routes) bytes[r.name] = await pageBytes(`${sqliteApp.url}${r.path}`, r.cookie);
  // The quiz's validation code arrives when the reader first touches the form.
  bytes["quiz, after the first tap"] = await pageBytes(
    `${sqliteApp.url}/${SLUG}/quiz`,
    undefined,
    (page) => page.locator(".quiz-choice").first().click(),
  );
  const source = readFileSync(path.join(briefingDir(SLUG), "source.txt"));
  const sourceBytes = { raw: source.length, gzip: gzipSync(source).length };

  step("throughput: briefing page vs plain node:http");
  const pages = [];
  for (const connections of [10, 100]) {
    pages.push({
      server: "next start",
      ...(await load({ url: `${sqliteApp.url}/${SLUG}`, connections, seconds: 10 })),
    });
    pages.push({
      server: "node:http",
      ...(await load({ url: plainUrl, connections, seconds: 10 })),
    });
  }

  step("throughput: quiz submissions through the server action");
  const submissions = [];
  for (const [store, app] of [
    ["SQLite", sqliteApp],
    ["KV (bridge)", kvApp],
  ] as const) {
    const html = await (await fetch(`${app.url}/${SLUG}/quiz`)).text();
    const { body, contentType } = await encodeForm(
      multipart([...hiddenFields(html, 'name="slug"'), ...answers]),
    );
    for (const connections of [10, 100]) {
      submissions.push({
        store,
        ...(await load({
          url: `${app.url}/${SLUG}/quiz`,
          connections,
          seconds: 10,
          method: "POST",
          headers: { "content-type": contentType, origin: app.url },
          body,
          okStatus: 303,
          manyNetworks: true,
        })),
      });
    }
  }

  step("KV commands per join, submission and dashboard load");
  const kvTeacher = await teacherWithClass(kvApp.url, "Bench KV Teacher", SLUG);
  const one = new CookieJar();
  const joinHtml = await (await fetch(`${kvApp.url}/c/${kvTeacher.code}`)).text();
  const joinFields = hiddenFields(joinHtml, 'name="nickname"').filter(([k]) => k !== "nickname");
  bridge.resetCounts();
  await post(`${kvApp.url}/c/${kvTeacher.code}`, [...joinFields, ["nickname", "Calibrate"]], one);
  const perJoin = { ...bridge.counts };
  const classQuiz = await (
    await fetch(`${kvApp.url}/c/${kvTeacher.code}/quiz`, { headers: { cookie: one.header() } })
  ).text();
  const classFields = hiddenFields(classQuiz, 'name="classCode"');
  bridge.resetCounts();
  await post(`${kvApp.url}/c/${kvTeacher.code}/quiz`, [...classFields, ...answers], one);
  const perSubmission = { ...bridge.counts };
  bridge.resetCounts();
  await fetch(`${kvApp.url}/teach/${kvTeacher.code}`, {
    headers: { cookie: kvTeacher.jar.header() },
  });
  const perDashboard = { ...bridge.counts };

  step("class scale: 30, 300 and 1,000 students in 10 s on both stores");
  const db = new Database(path.join(dataDir, "briefing.sqlite"), { readonly: true });
  const redisClient = createClient({ url: redis.url });
  await redisClient.connect();
  const scale = [];
  for (const students of [30, 300, 1000]) {
    const s = await teacherWithClass(sqliteApp.url, `Scale ${students}`, SLUG);
    scale.push({
      store: "SQLite",
      ...(await classScale({
        base: sqliteApp.url,
        code: s.code,
        students,
        answers,
        storedRows: async () =>
          (
            db.prepare("SELECT COUNT(*) AS n FROM class_results WHERE code = ?").get(s.code) as {
              n: number;
            }
          ).n,
      })),
    });
    const k = await teacherWithClass(kvApp.url, `Scale ${students}`, SLUG);
    bridge.resetCounts();
    const result = await classScale({
      base: kvApp.url,
      code: k.code,
      students,
      answers,
      storedRows: () => redisClient.hLen(`bench:class:${k.code}:results`),
    });
    scale.push({
      store: "KV (bridge)",
      ...result,
      kvCommandsPerStudent: Number((bridge.counts.commands / students).toFixed(1)),
    });
  }
  db.close();
  await redisClient.quit();

  const versions = JSON.parse(readFileSync("package-lock.json", "utf8")).packages as Record<
    string,
    { version: string }
  >;
  const results = {
    date: new Date().toISOString(),
    commit: execSync("git rev-parse --short HEAD").toString().trim(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    versions: Object.fromEntries(
      [
        "next",
        "react",
        "react-dom",
        "next-auth",
        "@vercel/kv",
        "better-sqlite3",
        "lighthouse",
        "autocannon",
      ].map((name) => [name, versions[`node_modules/${name}`]?.version]),
    ),
    lighthouseRuns: LH_RUNS,
    lighthouse: lh,
    bytes,
    sourceBytes,
    throughput: { pages, submissions },
    kvCommands: { perJoin, perSubmission, perDashboard },
    classScale: scale,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
  // The byte budgets' reference: the floor's first-load JS from its build, as npm test counts.
  const floor = {
    next: results.versions.next,
    react: results.versions.react,
    js: routeJs("bench/floor-app", "/"),
  };
  writeFileSync("bench/floor.json", JSON.stringify(floor, null, 2) + "\n");
  writeReport(results);
  step("done: bench/results.json, bench/floor.json, BENCHMARKS.md");
} finally {
  plain.close();
  await Promise.all([sqliteApp.stop(), kvApp.stop(), floorApp.stop()]);
  await bridge.close();
  await redis.stop();
}
