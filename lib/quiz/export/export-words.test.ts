import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportInputs, inputName } from "@/test/support/export-inputs";
import { exportItems } from "./export-items";
import { exportWords } from "./export-words";
import { EXPORT_FORMATS, EXPORTERS } from "./exporters";

// A translated edition's files say everything in its language: none of the English words an
// export adds (each phrase of exportWords("en"), cut at what it is given), only the source's
// own English, quoted beside our translation as the original.

const MARK = "\u0000";
/** Every fixed phrase of a language's export words, long enough to mean something. */
function phrases(lang: "en" | "es"): string[] {
  return Object.values(exportWords(lang))
    .flatMap((word) => {
      if (typeof word === "string") return [word];
      // Marks where it takes text, then 1 and 3 where it takes a position and a count (a
      // function that needs text there throws, and is read with marks only).
      const fill = word as (...a: unknown[]) => string;
      const texts = [MARK, 1].flatMap((second) => {
        try {
          return [fill(MARK, second, 3)];
        } catch {
          return [];
        }
      });
      return texts.flatMap((text) => text.split(new RegExp(`${MARK}|\\d+`)));
    })
    .filter((p) => p.trim().length >= 8);
}

/** Every file an input exports to, as text (the Common Cartridge unzipped). */
function filesOf(input: Parameters<(typeof EXPORTERS)["gift"]["write"]>[0]): string[] {
  return EXPORT_FORMATS.flatMap((format) => {
    const out = EXPORTERS[format].write(input);
    return typeof out === "string" ? [out] : Object.values(unzipSync(out)).map((f) => strFromU8(f));
  });
}

const spanish = exportInputs("https://example.org/es/c/ABC234").filter((i) => i.lang === "es");

describe("a translated edition's export", () => {
  it("exists for the briefings with a Spanish quiz", () => {
    expect(spanish.length).toBeGreaterThan(0);
  });

  it.each(spanish.map((input) => [inputName(input), input] as const))(
    "%s: no English phrase of ours, and the source's English beside each translated quote",
    (_, input) => {
      const english = phrases("en");
      expect(english.length).toBeGreaterThan(10);
      for (const file of filesOf(input)) {
        for (const phrase of english) expect(file).not.toContain(phrase);
      }
      const items = exportItems(input.quiz, input);
      const trueFalse = items.filter((i) => i.trueFalse);
      for (const item of trueFalse) {
        expect(item.choices.map((c) => c.text)).toEqual(["Verdadero", "Falso"]);
      }
      const original = input.originals![input.quiz.questions[0]!.facts[0]!]!;
      expect(items[0]!.general).toContain(`(Original en inglés: “${original}”)`);
    },
  );
});
