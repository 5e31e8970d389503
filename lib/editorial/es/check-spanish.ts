import { EASY_FILE } from "../../content/easy-file";
import type { Briefing } from "../../content/parse-briefing";
import type { Problem } from "../../content/problem";
import { briefingDocSchema, type BriefingDoc } from "../../content/schemas";
import type { Quiz } from "../../quiz/quiz-schema";
import { editionProblems, shownTexts, type Edition } from "../editions";
import type { FactInfo } from "../fact-info";
import type { HedgeFamily } from "../hedge-words";
import type { Ordinary } from "../key-terms";
import { rolesAtFirstMention } from "../people";
import { briefingProse } from "../text-units";
import { wordsOf } from "../words";
import { mirrorProblems } from "./mirror";
import { sourceLabelProblems } from "./source-labels";
import { readingEaseEs, type ReadingEase } from "./reading-ease";
import { spanishCarrier } from "./spanish-carrier";
import { HEDGE_WORDS_ES, keepsHedgeEs } from "./spanish-hedges";

/**
 * INFLESZ floors (docs/editorial.md): 55–65 is "normal", read across secondary school (US
 * grades 7–10, about 2.5 points a grade), so grade 8 is 60; 65–80 is "bastante fácil", primary
 * school (grades 1–6), so grade 5 is 68 and grade 7 is 63.
 */
const MIN_EASE_ES = { briefing: 60, prompts: 63, easier: 68 } as const;

export type EaseLine = { label: string; ease: ReadingEase; min: number };

type Files = Record<string, string>;

/** The word that says what a role is, in Spanish its first noun: «el enviado de Trump» → enviado. */
const roleHeadEs = (role: string) =>
  wordsOf(role).find((w) => !/^(?:el|la|los|las|un|una|unos|unas)$/i.test(w)) ?? role;

function parsed(raw: string | undefined, at: string, problems: Problem[]): unknown {
  if (raw === undefined) {
    problems.push({ file: at, message: "missing: every file of the English has its Spanish" });
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    problems.push({ file: at, message: `is not JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/**
 * The Spanish edition (`es/`) held to the English rules that travel across languages: each
 * file mirrors its English one but for words; every edition carries each fact's key terms in
 * Spanish (terms.json "es") and answers every question; each source has one Spanish label,
 * in the facts and the quiz's options alike; people get their role where a reader first meets
 * them; a text citing a hedged fact keeps a
 * Spanish hedge of the same kind; the reading ease stays above its floors.
 */
export function checkSpanish(input: {
  briefing: Briefing;
  quiz: Quiz | undefined;
  facts: Map<string, FactInfo>;
  ordinary: Ordinary;
  english: Files;
  spanish: Files;
  dir: string;
}): { problems: Problem[]; eases: EaseLine[] } {
  const { briefing, quiz, facts, english, spanish, dir } = input;
  const problems: Problem[] = [];
  const json = new Map<string, unknown>();
  for (const name of Object.keys(english)) {
    const at = `${dir}/es/${name}`;
    const es = parsed(spanish[name], at, problems);
    if (es === undefined) continue;
    problems.push(...mirrorProblems(JSON.parse(english[name]!), es, at));
    json.set(name, es);
  }
  if (problems.length > 0) return { problems, eases: [] };

  const doc = (name: string): BriefingDoc | undefined => {
    const found = briefingDocSchema.safeParse(json.get(name));
    return found.success ? found.data : undefined;
  };
  const editions: Edition[] = [
    { label: "Spanish text", file: `${dir}/es/briefing.json`, doc: doc("briefing.json")! },
    ...(json.has(EASY_FILE)
      ? [{ label: "easier Spanish text", file: `${dir}/es/${EASY_FILE}`, doc: doc(EASY_FILE)! }]
      : []),
  ];
  const carrier = spanishCarrier(briefing.terms.es ?? {});
  const glossary = (json.get("glossary.json") as Briefing["glossary"] | undefined) ?? [];
  for (const edition of editions) {
    problems.push(...editionProblems(edition, facts, quiz, input.ordinary, carrier));
    const read = { ...briefing, ...edition.doc, glossary };
    for (const { where, message } of rolesAtFirstMention(read, roleHeadEs)) {
      problems.push({ file: edition.file, id: where, message });
    }
    for (const shown of shownTexts(edition.doc)) {
      // A quote beside its speaker says who says so by its form.
      const kept = shown.quoted ? ["attributed" as const] : [];
      problems.push(
        ...hedgeProblems(shown.text, shown.facts, facts, edition.file, shown.where, kept),
      );
    }
  }
  const esQuiz = json.get("quiz.json") as Quiz | undefined;
  problems.push(
    ...sourceLabelProblems(
      { en: briefing.facts, es: json.get("facts.json") as Briefing["facts"] },
      { en: quiz?.questions ?? [], es: esQuiz?.questions ?? [] },
      dir,
    ),
  );
  quiz?.questions.forEach((q, i) => {
    const text = esQuiz?.questions[i]?.explanation ?? "";
    problems.push(
      ...hedgeProblems(text, q.facts, facts, `${dir}/es/quiz.json`, `${q.id} explanation`),
    );
  });

  const eases: EaseLine[] = [
    {
      label: "Spanish briefing",
      ease: readingEaseEs(briefingProse(editions[0]!.doc)),
      min: MIN_EASE_ES.briefing,
    },
  ];
  if (editions[1]) {
    eases.push({
      label: "easier Spanish briefing",
      ease: readingEaseEs(briefingProse(editions[1].doc)),
      min: MIN_EASE_ES.easier,
    });
  }
  if (esQuiz) {
    eases.push({
      label: "Spanish quiz prompts",
      ease: readingEaseEs(esQuiz.questions.map((q) => q.prompt)),
      min: MIN_EASE_ES.prompts,
    });
  }
  for (const { label, ease, min } of eases) {
    if (ease.ease < min) {
      problems.push({
        file: `${dir}/es`,
        message: `${label} reads at INFLESZ ${ease.ease}, below ${min}: shorter sentences, plainer words`,
      });
    }
  }
  return { problems, eases };
}

/** A Spanish text citing hedged facts keeps a Spanish hedge of each kind the source gives them. */
function hedgeProblems(
  text: string,
  ids: string[],
  facts: Map<string, FactInfo>,
  file: string,
  where: string,
  kept: HedgeFamily[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>(kept);
  for (const id of ids) {
    for (const hedge of facts.get(id)?.hedges.hedges ?? []) {
      if (seen.has(hedge.family) || keepsHedgeEs(text, hedge.family)) continue;
      seen.add(hedge.family);
      const examples = HEDGE_WORDS_ES[hedge.family]
        .slice(0, 4)
        .map((w) => `«${w}»`)
        .join(", ");
      problems.push({
        file,
        id: where,
        message: `tells fact "${id}", which the source hedges (“${hedge.source}”), with no Spanish hedge of that kind: keep one, such as ${examples}`,
      });
    }
  }
  return problems;
}
