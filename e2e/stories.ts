import path from "node:path";
import { CONTENT_DIR, loadAllBriefings } from "../lib/content/load-briefings.server";
import { parseQuizOf } from "../lib/quiz/quiz-file.server";
import { FIXTURE_DIR } from "./ports";

// The briefings the e2e suite runs on, chosen from the data so that no spec names a story:
// the newest briefing of content/briefings (the whole suite runs on it) and the fictional one
// of test/fixtures/briefings (one flow per role). playwright.config.ts serves both.

const realRoots = [CONTENT_DIR];
const fixtureRoots = [path.resolve(FIXTURE_DIR)];

export const real = loadAllBriefings(realRoots)[0]!;
export const realQuiz = parseQuizOf(real, realRoots).quiz!;
export const fixture = loadAllBriefings(fixtureRoots)[0]!;
export const fixtureQuiz = parseQuizOf(fixture, fixtureRoots).quiz!;
