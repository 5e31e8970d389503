// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/quiz/question-types/type-registry";
import { exportInputs, inputName } from "@/test/support/export-inputs";
import { moodleXmlExport } from "./moodle-xml";

// The Moodle XML export, read back as XML: well-formed, one category named after the
// briefing, and each type of ours as the Moodle question type that keeps it, with its
// answers, fractions and feedback.

const stories = exportInputs().map((input) => {
  const xml = moodleXmlExport(input);
  return {
    input,
    quiz: input.quiz,
    xml,
    doc: new DOMParser().parseFromString(xml, "application/xml"),
  };
});

/** The text of an HTML field (inside CDATA), back to plain text. */
function textOf(el: Element | null | undefined) {
  const html = document.createElement("div");
  html.innerHTML = el?.querySelector(":scope > text")?.textContent ?? "";
  return html.textContent;
}

describe("the Moodle XML export", () => {
  it.each(stories.map((s) => [inputName(s.input), s] as const))(
    "%s: well-formed, typed, keyed",
    (_, s) => {
      const { doc, quiz, input } = s;
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      const questions = [...doc.querySelectorAll("quiz > question")];
      expect(questions[0]!.getAttribute("type")).toBe("category");
      expect(questions[0]!.querySelector("category > text")?.textContent).toBe(
        `$course$/top/${input.title}`,
      );
      const byName = new Map(
        questions.slice(1).map((q) => [q.querySelector("name > text")!.textContent, q]),
      );
      expect([...byName.keys()]).toEqual(quiz.questions.map((q) => q.id));
      for (const q of quiz.questions) checkQuestion(q, byName.get(q.id)!);
    },
  );

  it("covers every question type the site has", () => {
    const types = new Set(stories.flatMap((s) => s.quiz.questions.map((q) => q.type)));
    expect([...types].sort()).toEqual(
      ["evidence", "match", "multi", "order", "single", "true-false"].sort(),
    );
  });
});

const MOODLE_TYPE: Record<Question["type"], string> = {
  single: "multichoice",
  evidence: "multichoice",
  multi: "multichoice",
  "true-false": "truefalse",
  order: "ordering",
  match: "matching",
};

// Moodle's grade list (question_bank::fraction_options_full): an import whose fraction is
// not one of these, within 0.00001, stops with an error.
const GRADES = [1, 0.9, 5 / 6, 0.8, 0.75, 0.7, 2 / 3, 0.6, 0.5, 0.4, 1 / 3, 0.3, 0.25, 0.2]
  .concat([1 / 6, 1 / 7, 0.125, 1 / 9, 0.1, 0.05, 0])
  .flatMap((g) => [g, -g]);

function checkQuestion(q: Question, el: Element) {
  expect(el.getAttribute("type"), q.id).toBe(MOODLE_TYPE[q.type]);
  for (const a of el.querySelectorAll(":scope > answer")) {
    const fraction = Number(a.getAttribute("fraction")) / 100;
    expect(
      GRADES.some((g) => Math.abs(g - fraction) < 0.00001),
      `${q.id}: ${fraction} is in Moodle's grade list`,
    ).toBe(true);
  }
  expect(textOf(el.querySelector("generalfeedback"))?.startsWith(q.explanation)).toBe(true);
  const answers = [...el.querySelectorAll(":scope > answer")].map((a) => ({
    fraction: Number(a.getAttribute("fraction")),
    text: textOf(a),
    feedback: textOf(a.querySelector("feedback")),
  }));
  switch (q.type) {
    case "single":
    case "evidence":
      expect(el.querySelector("single")?.textContent).toBe("true");
      expect(answers.map((a) => a.text)).toEqual(q.options.map((o) => o.text));
      expect(answers.map((a) => a.fraction)).toEqual(
        q.options.map((o) => (o.id === q.answer ? 100 : 0)),
      );
      q.options.forEach((o, i) => {
        if (o.why) expect(answers[i]!.feedback).toContain(o.why.text);
      });
      return;
    case "multi": {
      expect(el.querySelector("single")?.textContent).toBe("false");
      const right = q.options.filter((o) => q.answer.includes(o.id));
      const positive = answers.filter((a) => a.fraction > 0);
      expect(positive.map((a) => a.text)).toEqual(right.map((o) => o.text));
      expect(positive.reduce((sum, a) => sum + a.fraction, 0)).toBeCloseTo(100, 3);
      // Each wrong option takes its share off, as our scoring does; all of them take it all.
      const negative = answers.filter((a) => a.fraction < 0);
      expect(negative.reduce((sum, a) => sum + a.fraction, 0)).toBeCloseTo(-100, 3);
      return;
    }
    case "true-false": {
      // Plain `true` and `false`, as Moodle's importer compares them (no markup).
      const raw = [...el.querySelectorAll(":scope > answer")].map((a) => [
        a.getAttribute("format"),
        a.querySelector(":scope > text")?.textContent,
      ]);
      expect(raw).toEqual([
        ["plain_text", "true"],
        ["plain_text", "false"],
      ]);
      expect(answers.map((a) => [a.text, a.fraction])).toEqual([
        ["true", q.answer ? 100 : 0],
        ["false", q.answer ? 0 : 100],
      ]);
      expect(answers.find((a) => a.fraction === 0)!.feedback).toContain(q.whyNot.text);
      return;
    }
    case "order":
      expect(el.querySelector("gradingtype")?.textContent).toBe("RELATIVE_ALL_PREVIOUS_AND_NEXT");
      expect(answers.map((a) => a.text)).toEqual(
        q.answer.map((id) => q.items.find((i) => i.id === id)!.text),
      );
      expect(textOf(el.querySelector("incorrectfeedback"))).toContain(q.items[0]!.why.text);
      return;
    case "match": {
      const pairs = [...el.querySelectorAll("subquestion")].map((s) => [
        textOf(s),
        s.querySelector("answer > text")?.textContent,
      ]);
      // Each line with its option, then each option no line takes as a distractor.
      const used = new Set(Object.values(q.answer));
      expect(pairs).toEqual([
        ...q.prompts.map((line) => [
          line.text,
          q.options.find((o) => o.id === q.answer[line.id])!.text,
        ]),
        ...q.options.filter((o) => !used.has(o.id)).map((o) => ["", o.text]),
      ]);
      expect(textOf(el.querySelector("incorrectfeedback"))).toContain(q.prompts[0]!.why.text);
    }
  }
}
