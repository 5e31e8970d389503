import type { Fact } from "@/lib/content/schemas";
import type { Lang } from "@/lib/i18n/lang";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import type { Reason } from "@/lib/quiz/question-types/shared";
import type { Question, QuestionType } from "@/lib/quiz/question-types/type-registry";
import { exportWords } from "./export-words";

// The quiz as an LMS can carry it, the same for every format: each question of ours becomes
// one or more export items, each stating its key as credits per choice (our scoring's), our
// "why not" reason on every wrong choice, and the explanation with the source's evidence as
// general feedback. Formats that have ordering or matching (Moodle XML) may keep those
// questions whole; the flat view here is what every format can express.

/**
 * One choice of an export item: our id for it (option, event or "true"/"false"), its words,
 * the credit it earns (−1…1, as our scoring gives it), our reason when it is wrong.
 */
type ExportChoice = { id: string; text: string; credit: number; feedback?: string };

export type ExportItem = {
  /** Unique in the quiz: the question id, with the position or line for a split question. */
  id: string;
  /** The question we export it from, and its type. */
  from: { id: string; type: QuestionType };
  prompt: string;
  /** More than one choice may be right (credits then add up to 1). */
  multiple: boolean;
  /** True/false: the two choices are True and False, in that order. */
  trueFalse: boolean;
  choices: ExportChoice[];
  /** The explanation, then each cited fact's evidence with who says so. */
  general: string;
};

/** Where the quiz's words come from: its edition's facts, language and English originals. */
export type ExportSource = {
  facts: ReadonlyMap<string, Fact>;
  lang: Lang;
  /** A translated edition's evidence in the source's own English, by fact id. */
  originals?: Readonly<Record<string, string>>;
};

/** What every exporter is fed. */
export type ExportInput = ExportSource & {
  slug: string;
  /** The briefing's title: the question bank's category and the package's title. */
  title: string;
  quiz: Quiz;
  /** Absolute URLs: back to the briefing, and to the class when exported from one. */
  briefingUrl: string;
  classUrl?: string;
};

/**
 * A credit as the percentage LMS files carry (GIFT's `%50%`, Moodle's `fraction`), to the 5
 * decimals Moodle matches against its grade list (33.33333, 14.28571).
 */
export function percentOf(credit: number): string {
  return String(Math.round(credit * 100 * 100000) / 100000);
}

/** A fact's evidence with who says so, and the English original beside a translation. */
function sourceOf(id: string, source: ExportSource): string | undefined {
  const fact = source.facts.get(id);
  if (!fact) return undefined;
  const words = exportWords(source.lang);
  const original = source.originals?.[id];
  const quoted = words.source(fact.attribution, fact.evidence);
  return original ? `${quoted} ${words.original(original)}` : quoted;
}

/** A reason in words: what it says, then where the source says so (or that it does not). */
function reasonText(reason: Reason, source: ExportSource): string {
  if (!("facts" in reason)) return `${reason.text} (${exportWords(source.lang).notInReport}.)`;
  const evidence = sourceOf(reason.facts[0]!, source);
  return evidence ? `${reason.text} ${evidence}` : reason.text;
}

/** The explanation, then the evidence of each fact the question cites, with its attribution. */
function generalFeedback(q: Question, source: ExportSource): string {
  const evidence = q.facts.flatMap((id) => sourceOf(id, source) ?? []);
  return [q.explanation, ...evidence].join(" ");
}

type Flatten<Q> = (q: Q, source: ExportSource) => ExportItem[];

/** How each type becomes export items. A type missing here does not compile. */
const FLATTEN: { [K in QuestionType]: Flatten<Extract<Question, { type: K }>> } = {
  single: (q, source) => [pickOne(q, q.prompt, source)],
  evidence(q, source) {
    const words = exportWords(source.lang);
    return [pickOne(q, `${q.prompt} ${words.claim}: ${q.claim} ${words.chooseSentence}`, source)];
  },
  multi(q, source) {
    const right = new Set(q.answer);
    const wrong = q.options.length - right.size;
    return [
      {
        ...base(q, q.prompt, source),
        multiple: true,
        choices: q.options.map((o) =>
          right.has(o.id)
            ? { id: o.id, text: o.text, credit: 1 / right.size }
            : { id: o.id, text: o.text, credit: -1 / Math.max(1, wrong), ...why(o.why, source) },
        ),
      },
    ];
  },
  "true-false": (q, source) => [
    {
      ...base(q, q.prompt, source),
      trueFalse: true,
      choices: [true, false].map((value) => ({
        id: String(value),
        text: exportWords(source.lang)[value ? "true" : "false"],
        credit: value === q.answer ? 1 : 0,
        ...(value === q.answer ? {} : { feedback: reasonText(q.whyNot, source) }),
      })),
    },
  ],
  // No ordering in every format: one item per position, over all the events.
  order: (q, source) =>
    q.answer.map((rightId, position) => ({
      ...base(
        q,
        exportWords(source.lang).whichPosition(q.prompt, position, q.answer.length),
        source,
      ),
      id: `${q.id}-${position + 1}`,
      choices: q.items.map((item) =>
        item.id === rightId
          ? { id: item.id, text: item.text, credit: 1 }
          : { id: item.id, text: item.text, credit: 0, feedback: reasonText(item.why, source) },
      ),
    })),
  // No matching in every format: one item per line, over all the options.
  match: (q, source) =>
    q.prompts.map((line) => ({
      ...base(
        q,
        exportWords(source.lang).whichMatch(q.prompt, line.text, q.prompts.length),
        source,
      ),
      id: `${q.id}-${line.id}`,
      choices: q.options.map((o) =>
        o.id === q.answer[line.id]
          ? { id: o.id, text: o.text, credit: 1 }
          : { id: o.id, text: o.text, credit: 0, feedback: reasonText(line.why, source) },
      ),
    })),
};

function base(q: Question, prompt: string, source: ExportSource): ExportItem {
  return {
    id: q.id,
    from: { id: q.id, type: q.type },
    prompt,
    multiple: false,
    trueFalse: false,
    choices: [],
    general: generalFeedback(q, source),
  };
}

function why(reason: Reason | undefined, source: ExportSource) {
  return reason ? { feedback: reasonText(reason, source) } : {};
}

function pickOne(
  q: Extract<Question, { type: "single" | "evidence" }>,
  prompt: string,
  source: ExportSource,
): ExportItem {
  return {
    ...base(q, prompt, source),
    choices: q.options.map((o) =>
      o.id === q.answer
        ? { id: o.id, text: o.text, credit: 1 }
        : { id: o.id, text: o.text, credit: 0, ...why(o.why, source) },
    ),
  };
}

/** The whole quiz as export items, in the quiz's order. */
export function exportItems(quiz: Quiz, source: ExportSource): ExportItem[] {
  return quiz.questions.flatMap((q) => (FLATTEN[q.type] as Flatten<Question>)(q, source));
}
