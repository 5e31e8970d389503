import { parse, type GIFTQuestion, type MultipleChoice, type TrueFalse } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import { minimalBriefing, minimalQuiz } from "@/test/fixtures/minimal-briefing";
import { exportInputs, inputName } from "@/test/support/export-inputs";
import { exportItems, type ExportInput } from "./export-items";
import { giftExport } from "./gift";

// The GIFT export read back by an independent parser (gift-pegjs): the same questions, in
// order, with the same types, keys, weights, "why not" feedback and general feedback.

function inputOf(title: string, slug: string, quiz: Quiz, facts: ExportInput["facts"]) {
  return {
    slug,
    title,
    quiz,
    facts,
    lang: "en" as const,
    briefingUrl: `https://example.org/${slug}`,
  };
}

const stories = exportInputs();

const questionsOf = (parsed: GIFTQuestion[]) =>
  parsed.filter((q): q is MultipleChoice | TrueFalse => q.type === "MC" || q.type === "TF");

describe("the GIFT export", () => {
  it.each(stories.map((s) => [inputName(s), s] as const))(
    "%s: parses back to the same items, keys and feedback",
    (_, input) => {
      const items = exportItems(input.quiz, input);
      const parsed = parse(giftExport(input));
      expect(parsed[0]).toMatchObject({ type: "Category", title: `$course$/${input.title}` });
      const questions = questionsOf(parsed);
      // Every item came back, as multiple choice or true/false, in order.
      expect(questions).toHaveLength(parsed.length - 1);
      expect(questions.map((q) => q.title)).toEqual(items.map((i) => i.id));
      questions.forEach((q, n) => {
        const item = items[n]!;
        expect(q.globalFeedback?.text, item.id).toBe(item.general);
        if (item.trueFalse) {
          const tf = q as TrueFalse;
          expect(tf.type).toBe("TF");
          expect(tf.isTrue).toBe(item.choices[0]!.credit === 1);
          // The first feedback is the one a wrong answer gets: our reason.
          expect(tf.trueFeedback?.text).toBe(item.choices.find((c) => c.credit === 0)!.feedback);
          return;
        }
        const mc = q as MultipleChoice;
        expect(mc.type, item.id).toBe("MC");
        expect(mc.choices.map((c) => c.text.text)).toEqual(item.choices.map((c) => c.text));
        expect(mc.choices.map((c) => c.feedback?.text)).toEqual(
          item.choices.map((c) => c.feedback),
        );
        if (item.multiple) {
          expect(mc.choices.map((c) => c.weight)).toEqual(
            item.choices.map((c) => Math.round(c.credit * 10_000_000) / 100_000),
          );
        } else {
          expect(mc.choices.map((c) => c.isCorrect)).toEqual(
            item.choices.map((c) => c.credit === 1),
          );
        }
      });
    },
  );

  it("keeps GIFT's special characters as text", () => {
    const quiz = minimalQuiz() as Quiz;
    const tricky = "A {brace}, ~tilde, =equals, #hash: colon \\ backslash";
    const single = quiz.questions.find((q) => q.type === "single")!;
    if (single.type !== "single") throw new Error("the minimal quiz has a single-choice question");
    const edited: Quiz = {
      ...quiz,
      questions: [
        {
          ...single,
          prompt: tricky,
          explanation: tricky,
          options: single.options.map((o) => ({ ...o, text: `${o.text} ${tricky}` })),
        },
      ],
    };
    const briefing = minimalBriefing();
    const facts = new Map(briefing.facts.map((f) => [f.id, f]));
    const [question] = questionsOf(parse(giftExport(inputOf("T: {x}", "x", edited, facts))));
    const mc = question as MultipleChoice;
    expect(mc.stem.text).toBe(tricky);
    expect(mc.choices.map((c) => c.text.text)).toEqual(
      single.options.map((o) => `${o.text} ${tricky}`),
    );
    expect(mc.globalFeedback?.text.startsWith(tricky)).toBe(true);
  });
});
