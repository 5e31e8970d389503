import { describe, expect, it } from "vitest";
import { hyphenPieces, syllablesEs } from "./syllables";

// Syllable counts as the RAE divides the words (Ortografía 2010): diphthongs, hiatus, h
// between vowels, a lone vowel at a word's edge, silent u in que/gui, final y.
const RAE: Record<string, number> = {
  a: 1,
  y: 1,
  es: 1,
  plan: 1,
  guion: 1,
  hoy: 1,
  que: 1,
  amor: 2,
  ahora: 3,
  país: 2,
  río: 2,
  leer: 2,
  héroe: 3,
  aéreo: 4,
  creía: 3,
  oía: 3,
  ciudad: 2,
  Rusia: 2,
  Ucrania: 3,
  Europa: 3,
  enemigo: 4,
  acuerdo: 3,
  guerra: 2,
  seguridad: 4,
  aeropuerto: 5,
  periódico: 4,
  construcción: 3,
  transporte: 3,
  estadounidense: 6,
  negociaciones: 5,
  oficiales: 4,
  Uruguay: 3,
  pingüino: 3,
  Zelenski: 3,
  Witkoff: 2,
};

describe("Spanish syllables", () => {
  it("divides words as the RAE does", () => {
    const wrong = Object.entries(RAE)
      .map(([word, n]) => [word, syllablesEs(word), n] as const)
      .filter(([, got, want]) => got !== want);
    expect(wrong).toEqual([]);
  });

  it("takes where a word breaks from the hyphenation patterns, not from its vowels alone", () => {
    expect(hyphenPieces("construcción")).toEqual(["cons", "truc", "ción"]);
    expect(hyphenPieces("transporte")).toEqual(["trans", "por", "te"]);
    expect(hyphenPieces("amor")).toEqual(["a", "mor"]);
  });
});
