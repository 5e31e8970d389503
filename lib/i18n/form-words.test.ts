import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { fill, say } from "./form-words";

describe("the quiz form's words", () => {
  it("fills a template's slots, leaving an unknown one visible", () => {
    expect(fill(es.quiz.form.progress, { n: 2, total: 9 })).toBe("2 de 9");
    expect(fill(en.quiz.form.listenTo, { n: 3 })).toBe("Listen to question 3");
    expect(fill("{n} of {total}", { n: 1 })).toBe("1 of {total}");
  });

  it("says a schema message in the page's language, or as it came", () => {
    const words = { ...es.quiz.form, messages: { "Choose an answer.": "Elige una respuesta." } };
    expect(say(words, "Choose an answer.")).toBe("Elige una respuesta.");
    expect(say(words, "Elige una respuesta.")).toBe("Elige una respuesta.");
    expect(say(words, undefined)).toBeUndefined();
  });
});
