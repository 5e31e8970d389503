import { describe, expect, it } from "vitest";
import { es } from "./es";
import { say } from "./form-words";

describe("the quiz form's words", () => {
  it("says a schema message in the page's language, or as it came", () => {
    const words = { ...es.quiz.form, messages: { "Choose an answer.": "Elige una respuesta." } };
    expect(say(words, "Choose an answer.")).toBe("Elige una respuesta.");
    expect(say(words, "Elige una respuesta.")).toBe("Elige una respuesta.");
    expect(say(words, undefined)).toBeUndefined();
  });
});
