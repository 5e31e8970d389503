import type { Fact } from "@/lib/content/schemas";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import type { Reason } from "@/lib/quiz/question-types/shared";
import type { Question, QuestionType } from "@/lib/quiz/question-types/type-registry";

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

/** What every exporter is fed. */
export type ExportInput = {
  slug: string;
  /** The briefing's title: the question bank's category and the package's title. */
  title: string;
  quiz: Quiz;
  facts: ReadonlyMap<string, Fact>;
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

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

/** A reason in words: what it says, then where the source says so (or that it does not). */
function reasonText(reason: Reason, facts: ReadonlyMap<string, Fact>): string {
  if (!("facts" in reason)) return `${reason.text} (Not in the report.)`;
  const fact = facts.get(reason.facts[0]!);
  return fact ? `${reason.text} Source (${fact.attribution}): “${fact.evidence}”` : reason.text;
}

/** The explanation, then the evidence of each fact the question cites, with its attribution. */
function generalFeedback(q: Question, facts: ReadonlyMap<string, Fact>): string {
  const evidence = q.facts.flatMap((id) => {
    const fact = facts.get(id);
    return fact ? [`Source (${fact.attribution}): “${fact.evidence}”`] : [];
  });
  return [q.explanation, ...evidence].join(" ");
}

type Flatten<Q> = (q: Q, facts: ReadonlyMap<string, Fact>) => ExportItem[];

/** How each type becomes export items. A type missing here does not compile. */
const FLATTEN: { [K in QuestionType]: Flatten<Extract<Question, { type: K }>> } = {
  single: (q, facts) => [pickOne(q, q.prompt, facts)],
  evidence: (q, facts) => [
    pickOne(
      q,
      `${q.prompt} Claim: ${q.claim} (Choose the sentence of the source that proves it.)`,
      facts,
    ),
  ],
  multi(q, facts) {
    const right = new Set(q.answer);
    const wrong = q.options.length - right.size;
    return [
      {
        ...base(q, q.prompt, facts),
        multiple: true,
        choices: q.options.map((o) =>
          right.has(o.id)
            ? { id: o.id, text: o.text, credit: 1 / right.size }
            : { id: o.id, text: o.text, credit: -1 / Math.max(1, wrong), ...why(o.why, facts) },
        ),
      },
    ];
  },
  "true-false": (q, facts) => [
    {
      ...base(q, q.prompt, facts),
      trueFalse: true,
      choices: [true, false].map((value) => ({
        id: String(value),
        text: value ? "True" : "False",
        credit: value === q.answer ? 1 : 0,
        ...(value === q.answer ? {} : { feedback: reasonText(q.whyNot, facts) }),
      })),
    },
  ],
  // No ordering in every format: one item per position, over all the events.
  order: (q, facts) =>
    q.answer.map((rightId, position) => ({
      ...base(
        q,
        `${q.prompt} Which came ${ORDINALS[position] ?? `number ${position + 1}`}? (One of ${q.answer.length} questions made from one ordering question.)`,
        facts,
      ),
      id: `${q.id}-${position + 1}`,
      choices: q.items.map((item) =>
        item.id === rightId
          ? { id: item.id, text: item.text, credit: 1 }
          : { id: item.id, text: item.text, credit: 0, feedback: reasonText(item.why, facts) },
      ),
    })),
  // No matching in every format: one item per line, over all the options.
  match: (q, facts) =>
    q.prompts.map((line) => ({
      ...base(
        q,
        `${q.prompt} “${line.text}”: which one? (One of ${q.prompts.length} questions made from one matching question.)`,
        facts,
      ),
      id: `${q.id}-${line.id}`,
      choices: q.options.map((o) =>
        o.id === q.answer[line.id]
          ? { id: o.id, text: o.text, credit: 1 }
          : { id: o.id, text: o.text, credit: 0, feedback: reasonText(line.why, facts) },
      ),
    })),
};

function base(q: Question, prompt: string, facts: ReadonlyMap<string, Fact>): ExportItem {
  return {
    id: q.id,
    from: { id: q.id, type: q.type },
    prompt,
    multiple: false,
    trueFalse: false,
    choices: [],
    general: generalFeedback(q, facts),
  };
}

function why(reason: Reason | undefined, facts: ReadonlyMap<string, Fact>) {
  return reason ? { feedback: reasonText(reason, facts) } : {};
}

function pickOne(
  q: Extract<Question, { type: "single" | "evidence" }>,
  prompt: string,
  facts: ReadonlyMap<string, Fact>,
): ExportItem {
  return {
    ...base(q, prompt, facts),
    choices: q.options.map((o) =>
      o.id === q.answer
        ? { id: o.id, text: o.text, credit: 1 }
        : { id: o.id, text: o.text, credit: 0, ...why(o.why, facts) },
    ),
  };
}

/** The whole quiz as export items, in the quiz's order. */
export function exportItems(quiz: Quiz, facts: ReadonlyMap<string, Fact>): ExportItem[] {
  return quiz.questions.flatMap((q) => (FLATTEN[q.type] as Flatten<Question>)(q, facts));
}
