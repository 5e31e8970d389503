// `npm run test:budgets` (part of `npm test`, after the e2e build): byte budgets on the
// production build. Bytes are deterministic for a build, so these are asserted; timings are
// only reported by `npm run bench`. The floor (an empty App Router page built the same way)
// comes from bench/floor.json, written by `npm run bench`.
import { existsSync, readFileSync } from "node:fs";
import { gzipFile, routeJs, routeLazyJs } from "../bench/lib/bundle-bytes";
import { listBriefingSlugs } from "../lib/content/load-briefings.server";

const KB = 1024;
const BUDGETS = {
  briefingJsOverFloor: 10 * KB,
  // What the quiz needs before it can be read and answered.
  quizFirstLoadJsOverFloor: 25 * KB,
  // With the validation that loads when the reader starts answering.
  quizJsOverFloor: 40 * KB,
  // Listen's engine, fetched on the first tap of a Listen button (briefing or quiz).
  listenEngine: 5 * KB,
  briefingHtml: 40 * KB,
  // A Spanish page ships no i18n runtime: its words come as props from the server.
  spanishJsOverEnglish: 1 * KB,
};

if (!existsSync(".next/diagnostics/route-bundle-stats.json")) {
  console.error("test:budgets: no production build here; run `npm run build` first.");
  process.exit(1);
}
const floor = JSON.parse(readFileSync("bench/floor.json", "utf8")) as {
  next: string;
  react: string;
  js: { gzip: number };
};
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")).packages;
const installed = {
  next: lock["node_modules/next"].version,
  react: lock["node_modules/react"].version,
};
if (installed.next !== floor.next || installed.react !== floor.react) {
  console.error(
    `test:budgets: bench/floor.json was measured with next ${floor.next} / react ${floor.react}, but next ${installed.next} / react ${installed.react} are installed. Run \`npm run bench\` to measure the floor again.`,
  );
  process.exit(1);
}

// Lazy chunks by feature: Listen's engine is the one that speaks.
const isListen = (code: string) => code.includes("speechSynthesis");
const briefing = routeJs(".", "/[slug]");
const spanishBriefing = routeJs(".", "/es/[slug]");
const quiz = routeJs(".", "/[slug]/quiz");
const spanishQuiz = routeJs(".", "/es/[slug]/quiz");
const spanishQuizValidation = routeLazyJs(".", "/es/[slug]/quiz", (code) => !isListen(code));
const quizValidation = routeLazyJs(".", "/[slug]/quiz", (code) => !isListen(code));
const listen = routeLazyJs(".", "/[slug]/quiz", isListen);
const briefingListen = routeLazyJs(".", "/[slug]", isListen);
if (listen.chunks === 0 || briefingListen.gzip !== listen.gzip) {
  console.error(
    "test:budgets: cannot tell the Listen engine's chunk (one chunk with speechSynthesis, the same on briefing and quiz); update isListen.",
  );
  process.exit(1);
}
// Every briefing the build prerendered (the e2e build has the fixture briefing too).
const pages = listBriefingSlugs()
  .flatMap((slug) => [
    [slug, `.next/server/app/${slug}.html`] as const,
    [`es/${slug}`, `.next/server/app/es/${slug}.html`] as const,
  ])
  .filter(([, file]) => existsSync(file));
if (pages.length === 0) {
  console.error("test:budgets: the build has no briefing page; run `npm run build` first.");
  process.exit(1);
}
const rows: [string, number, number][] = [
  ["briefing JS over the floor", briefing.gzip - floor.js.gzip, BUDGETS.briefingJsOverFloor],
  [
    "quiz first-load JS over the floor",
    quiz.gzip - floor.js.gzip,
    BUDGETS.quizFirstLoadJsOverFloor,
  ],
  [
    "quiz JS over the floor, with validation on first use",
    quiz.gzip + quizValidation.gzip - floor.js.gzip,
    BUDGETS.quizJsOverFloor,
  ],
  ["Listen engine, on first tap", listen.gzip, BUDGETS.listenEngine],
  [
    "Spanish briefing JS over the English",
    spanishBriefing.gzip - briefing.gzip,
    BUDGETS.spanishJsOverEnglish,
  ],
  [
    "Spanish quiz JS over the English, with validation",
    spanishQuiz.gzip + spanishQuizValidation.gzip - quiz.gzip - quizValidation.gzip,
    BUDGETS.spanishJsOverEnglish,
  ],
  ...pages.map(([slug, file]): [string, number, number] => [
    `briefing HTML (${slug})`,
    gzipFile(file).gzip,
    BUDGETS.briefingHtml,
  ]),
];
let failed = false;
console.log(`test:budgets (gzip; floor JS ${(floor.js.gzip / KB).toFixed(1)} KB)`);
for (const [what, bytes, budget] of rows) {
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(
    `  ${ok ? "ok  " : "OVER"} ${what}: ${(bytes / KB).toFixed(1)} KB (budget ${(budget / KB).toFixed(0)} KB)`,
  );
}
// Not a budget: what a reader who both answers and taps Listen has fetched in all.
const everything = quiz.gzip + quizValidation.gzip + listen.gzip - floor.js.gzip;
console.log(
  `  info quiz JS over the floor, with validation and Listen: ${(everything / KB).toFixed(1)} KB`,
);
process.exit(failed ? 1 : 0);
