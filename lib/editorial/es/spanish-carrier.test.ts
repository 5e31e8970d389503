import { describe, expect, it } from "vitest";
import type { KeyTerm } from "../key-terms";
import { quantitiesIn } from "../quantities";
import { spanishCarrier } from "./spanish-carrier";

const carrier = spanishCarrier({
  Turkey: ["Turquía"],
  secretly: ["en secreto"],
  points: ["puntos"],
  US: ["Estados Unidos", "estadounidense"],
});
const carries = (texts: string[], term: KeyTerm) => carrier.reader(texts)(term);
const name = (text: string): KeyTerm => ({ kind: "name", text, words: text.split(" ") });
const quantity = (text: string) => quantitiesIn(text)[0]!;

describe("Spanish texts carry English key terms", () => {
  it("by the term list, or a name as written", () => {
    expect(carries(["Witkoff iba a reunirse con Zelensky en Turquía."], name("Turkey"))).toBe(true);
    expect(carries(["El plan estadounidense."], name("US"))).toBe(true);
    expect(carries(["Lo dijo Steve Witkoff."], name("Steve Witkoff"))).toBe(true);
    expect(carries(["Witkoff iba a reunirse con Zelensky."], name("Turkey"))).toBe(false);
  });

  it("a quoted word only as the term list renders it", () => {
    const quote: KeyTerm = { kind: "quote", text: "secretly" };
    expect(carries(["Trabaja «en secreto» en un plan."], quote)).toBe(true);
    expect(carries(["Trabaja «secretamente» en un plan."], quote)).toBe(false);
    expect(spanishCarrier({}).name(quote)).toContain('no Spanish for it in terms.json "es"');
  });

  it("numbers by value and unit, dates by day and Spanish month, money by value and currency", () => {
    expect(carries(["Tendría 28 puntos."], quantity("28 points"))).toBe(true);
    expect(carries(["Tendría 28 partes."], quantity("28 points"))).toBe(false);
    expect(carries(["Tendría 27 puntos."], quantity("28 points"))).toBe(false);
    expect(carries(["Pasó tres días en Miami."], quantity("three days"))).toBe(true);
    const visit = quantity("from 24 to 26 October");
    expect(carries(["Del 24 al 26 de octubre."], visit)).toBe(true);
    expect(carries(["Del 24 al 26 de noviembre."], visit)).toBe(false);
    expect(carries(["El miércoles."], quantity("on Wednesday"))).toBe(true);
    const money = quantity("$1.4 million");
    expect(carries(["Unos 1,4 millones de dólares."], money)).toBe(true);
    expect(carries(["Unos 1,4 millones de euros."], money)).toBe(false);
    expect(carries(["La mitad del dinero."], quantity("half"))).toBe(true);
  });
});
