import { describe, expect, it } from "vitest";
import { mirrorProblems } from "./mirror";

const en = {
  title: "Quiz",
  questions: [
    { id: "q1", type: "truefalse", prompt: "Axios reported it.", answer: true, facts: ["f1"] },
    {
      id: "q2",
      type: "single",
      prompt: "Who?",
      options: [{ id: "a", text: "Axios" }],
      answer: "a",
    },
  ],
};
const es = structuredClone(en);
es.title = "Cuestionario";
es.questions[0]!.prompt = "Axios lo informó.";
es.questions[1]!.prompt = "¿Quién?";

describe("a translation mirrors its English file", () => {
  it("lets the words change and nothing else", () => {
    expect(mirrorProblems(en, es, "es/quiz.json")).toEqual([]);
  });

  it("names a flipped key, a changed id, a dropped fact, a new field and an empty text", () => {
    const bad = structuredClone(es) as Record<string, unknown> & typeof es;
    bad.questions[0]!.answer = false;
    bad.questions[1]!.answer = "b";
    bad.questions[0]!.facts = [];
    bad.questions[1]!.options![0]!.text = " ";
    (bad.questions[1] as Record<string, unknown>).why = "porque";
    const messages = mirrorProblems(en, bad, "es/quiz.json").map((p) => `${p.id} ${p.message}`);
    expect(messages).toEqual([
      "questions[0].answer is false in Spanish but true in English: ids, keys and facts stay as they are",
      "questions[0].facts has 0 entries in Spanish but 1 in English",
      "questions[1].options[0].text is empty in Spanish",
      'questions[1].answer is "b" in Spanish but "a" in English: ids, keys and facts stay as they are',
      "questions[1].why is not in the English file: the Spanish may only translate",
    ]);
  });
});
