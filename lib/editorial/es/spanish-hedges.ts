import type { HedgeFamily } from "../hedge-words";
import { wordsOf } from "../words";
import { fold, runsIn } from "./spanish-carrier";

const list = (words: string) =>
  words
    .trim()
    .split(/\s+/)
    .map((w) => w.replaceAll("_", " "));

// The Spanish words that keep each family of hedge (docs/editorial.md lists them); a phrase
// is its words in order ("según_se_informa"), matched without accents.
export const HEDGE_WORDS_ES: Record<HedgeFamily, string[]> = {
  attributed: list(`según dijo dijeron dice dicen afirmó afirmaron afirma afirman declaró declararon
    aseguró aseguraron asegura informó informaron informa cuenta contó contaron señaló señalaron
    confirmó confirmaron añadió añadieron citó cita citado citada escribió explicó explicaron
    sostiene indicó comentó publicó atribuye habla habló`),
  reported: list(`supuestamente presuntamente al_parecer según_se_informa se_informó se_dice`),
  likely: list(`probablemente probable se_espera se_esperaba esperaba esperaban podría podrían
    posiblemente previsto prevista previstos tendría tendrían`),
  belief: list(`cree creen creía creemos creencia considera consideran piensa piensan pensamos
    opina opinión confía sentimos siente sienten sentirán ve ven parece parecerá parecería`),
  aim: list(`objetivo objetivos busca buscan pretende pretenden quiere quieren idea meta metas
    propósito intención aspira fin`),
};

/** Whether a Spanish text keeps a hedge of the family: one of its words, or phrases, is there. */
export function keepsHedgeEs(text: string, family: HedgeFamily): boolean {
  const words = wordsOf(fold(text));
  return HEDGE_WORDS_ES[family].some((phrase) => runsIn(words, phrase));
}
