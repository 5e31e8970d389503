import { describe, expect, it } from "vitest";
import { typeOf, type Question } from "@/lib/quiz/question-types/type-registry";
import { exportInputs, inputName } from "@/test/support/export-inputs";
import { exportItems, type ExportItem } from "./export-items";

// Round trip: every exported key, scored by our own scoring, earns full marks; every wrong
// choice earns what ours gives it (nothing, or for select-all its share off), for every
// question of every briefing, in every language it has a quiz in.

const all = exportInputs().flatMap((input) =>
  input.quiz.questions.map((q) => ({
    name: `${inputName(input)} ${q.type} ${q.id}`,
    q,
    items: exportItems({ ...input.quiz, questions: [q] }, input),
  })),
);

const score = (q: Question, response: Parameters<ReturnType<typeof typeOf>["score"]>[1]) =>
  typeOf(q).score(q, response);

/** Every subset of a list (select-all questions have a handful of options). */
const subsets = <T>(list: T[]): T[][] =>
  list.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);

/** What the LMS gives a set of picks: the credits added up, never below 0 or above 1. */
const lmsCredit = (picked: ExportItem["choices"]) =>
  Math.min(
    1,
    Math.max(
      0,
      picked.reduce((sum, c) => sum + c.credit, 0),
    ),
  );

describe("the export's keys, scored by our scoring", () => {
  it.each(all.map(({ name, q, items }) => [name, q, items] as const))("%s", (_, q, items) => {
    if (q.type === "order" || q.type === "match") {
      // Split questions: the right choice of every part, put together, is our key.
      const right = items.map((item) => item.choices.find((c) => c.credit === 1)!.id);
      const response =
        q.type === "order"
          ? right
          : Object.fromEntries(q.prompts.map((line, i) => [line.id, right[i]!]));
      expect(score(q, response)).toBe(1);
      for (const item of items) expect(item.choices.filter((c) => c.credit === 1)).toHaveLength(1);
      return;
    }
    expect(items).toHaveLength(1);
    const [item] = items as [ExportItem];
    if (q.type === "multi") {
      for (const picked of subsets(item.choices)) {
        const ours = score(
          q,
          picked.map((c) => c.id),
        );
        expect(lmsCredit(picked)).toBeCloseTo(ours, 9);
      }
      return;
    }
    for (const choice of item.choices) {
      const response = q.type === "true-false" ? choice.id === "true" : choice.id;
      expect(score(q, response), choice.id).toBe(choice.credit);
    }
  });
});
