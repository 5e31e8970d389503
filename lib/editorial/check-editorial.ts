import { typeOf } from "@/lib/quiz/question-types/type-registry";
import { EASY_FILE } from "../content/easy-file";
import { usesTerm } from "../content/glossary";
import type { Briefing } from "../content/parse-briefing";
import type { Problem } from "../content/problem";
import type { Quiz } from "../quiz/quiz-schema";
import { attributionProblems } from "./attribution";
import { editionProblems, englishCarrier, type Edition } from "./editions";
import { background, factInfo, type FactInfo } from "./fact-info";
import { keyProof } from "./key-proof";
import { ordinaryWords, type Ordinary } from "./key-terms";
import { renderingsOf } from "./term-pool";
import { rolesAtFirstMention } from "./people";
import { quizProblems } from "./quiz-rules";
import { readingLevel, type ReadingLevel } from "./reading-level";
import { briefingProse, briefingUnits, choiceUnits, docUnits, quizUnits } from "./text-units";
import { unitProblems } from "./unit-rules";
import { giveaways } from "./giveaways";
import { commonStems } from "./words";
import { misquotes } from "./quotes";

/** docs/editorial.md, "Plain words": Flesch–Kincaid grade ceilings. */
const MAX_GRADE = { briefing: 8, prompts: 7, easier: 5 } as const;

export type GradeLine = { label: string; level: ReadingLevel; max?: number };
export type EditorialReport = {
  problems: Problem[];
  grades: GradeLine[];
  /** What the rules read of each fact (its hedges, key terms, date), for the editor's report. */
  facts: Map<string, FactInfo>;
  /** Which words are ordinary (not names), for the checks of other languages. */
  ordinary: Ordinary;
};

/**
 * The editor's rules a machine can hold (docs/editorial.md): our words name, count and date
 * only what the evidence they cite does and keep its hedges; each fact is credited to whom the
 * source credits; every key is proven by the source; every edition carries each fact's key
 * terms and can answer every question; people get their role at first mention; background is
 * used; the reading level stays plain.
 */
export function checkEditorial(b: Briefing, quiz: Quiz | undefined, dir: string): EditorialReport {
  // The easier version holds to every rule the standard text does (and a lower grade).
  const easy = b.easy && { ...b, ...b.easy };
  const units = [
    ...briefingUnits(b, dir),
    ...(easy ? docUnits(easy, `${dir}/${EASY_FILE}`) : []),
    ...(quiz ? quizUnits(quiz, dir) : []),
  ];
  const ordinary = ordinaryWords([b.source.text, ...units.map((u) => u.text)]);
  const renderings = renderingsOf(b.terms, "en");
  const facts = factInfo(b, ordinary, renderings);
  const ctx = { facts, background: background(b), ordinary, renderings, source: b.source.text };
  const problems: Problem[] = [
    ...attributionProblems(facts, b.source.text, `${dir}/facts.json`),
    ...units.flatMap((unit) => unitProblems(unit, ctx)),
  ];
  for (const unit of quiz ? choiceUnits(quiz, dir) : []) {
    for (const words of misquotes(unit.text, b.source.text)) {
      problems.push({
        file: unit.file,
        id: unit.where,
        message: `puts “${words}” in quote marks, but the source never says it: quote its exact words`,
      });
    }
  }
  for (const entry of b.glossary) {
    if (!units.some((u) => u.kind === "briefing" && usesTerm(u.text, entry))) {
      problems.push({
        file: `${dir}/glossary.json`,
        id: entry.id,
        message: `"${entry.term}" is never used in the briefing: use it, or remove the entry`,
      });
    }
  }
  const editions: Edition[] = [
    { label: "standard text", file: `${dir}/briefing.json`, doc: b },
    ...(easy ? [{ label: "easier text", file: `${dir}/${EASY_FILE}`, doc: easy }] : []),
  ];
  for (const edition of editions) {
    for (const { where, message } of rolesAtFirstMention({ ...b, ...edition.doc })) {
      problems.push({ file: edition.file, id: where, message });
    }
    problems.push(...editionProblems(edition, facts, quiz, ordinary, englishCarrier(renderings)));
  }
  if (quiz) {
    const file = `${dir}/quiz.json`;
    problems.push(...quizProblems(quiz, facts, file));
    const common = commonStems(b.source.text);
    problems.push(...giveaways(quiz, common).map((p) => ({ ...p, file })));
    const proof = keyProof(facts, ordinary, renderings);
    for (const q of quiz.questions) {
      for (const message of typeOf(q).proveKey(q, proof))
        problems.push({ file, id: q.id, message });
    }
  }
  const grades = gradeLines(b, easy, quiz, units);
  for (const { label, level, max } of grades) {
    if (max !== undefined && level.grade > max) {
      problems.push({
        file: dir,
        message: `${label} reads at grade ${level.grade}, above grade ${max}: shorter sentences, plainer words`,
      });
    }
  }
  return { problems, grades, facts, ordinary };
}

function gradeLines(
  b: Briefing,
  easy: Briefing | undefined,
  quiz: Quiz | undefined,
  units: ReturnType<typeof quizUnits>,
): GradeLine[] {
  const grades: GradeLine[] = [
    { label: "briefing", level: readingLevel(briefingProse(b)), max: MAX_GRADE.briefing },
  ];
  if (easy) {
    grades.push({
      label: "easier briefing",
      level: readingLevel(briefingProse(easy)),
      max: MAX_GRADE.easier,
    });
  }
  if (quiz) {
    grades.push(
      {
        label: "quiz prompts",
        level: readingLevel(quiz.questions.map((q) => q.prompt)),
        max: MAX_GRADE.prompts,
      },
      {
        label: "quiz explanations and reasons",
        level: readingLevel(
          units.filter((u) => u.kind === "explanation" || u.kind === "reason").map((u) => u.text),
        ),
      },
    );
  }
  return grades;
}
