// What Spanish says for the numbers, dates and money a key term holds: language, not story.

export const MONTHS_ES = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];
/** 0 = Sunday, as the English dates count. */
export const WEEKDAYS_ES = [
  "domingo",
  "lunes",
  "martes",
  "miércoles",
  "jueves",
  "viernes",
  "sábado",
];

const UNITS =
  `cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
  dieciseis diecisiete dieciocho diecinueve veinte`.split(/\s+/);
const TENS: Record<string, number> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
};
/** Number words (accents folded): "tres" 3, "una" 1, "veintiocho" 28. */
const NUMBER_WORDS_ES: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i) => [w, i] as const),
  ["un", 1],
  ["una", 1],
  ["primer", 1],
  ...Object.entries(TENS),
  ...UNITS.slice(1, 10).map((w, i) => [`veinti${w}`, 21 + i] as const),
]);

/** Fractions as shares: "la mitad" is a half. */
export const SHARE_WORDS_ES: ReadonlyMap<string, number> = new Map([
  ["mitad", 0.5],
  ["tercio", 1 / 3],
  ["cuarto", 0.25],
]);

/** Currency codes as the English reading gives them, and their Spanish words and signs. */
export const CURRENCY_ES: Record<string, string[]> = {
  USD: ["dólar", "dólares", "$"],
  $: ["dólar", "dólares", "$"],
  EUR: ["euro", "euros", "€"],
  "€": ["euro", "euros", "€"],
  GBP: ["libra", "libras", "£"],
  "£": ["libra", "libras", "£"],
  cent: ["centavo", "centavos", "céntimo", "céntimos"],
};

const SCALES_ES: Record<string, number> = { mil: 1e3, millon: 1e6, millones: 1e6 };

/**
 * The numbers a folded Spanish text says, as values: "28", "1,4 millones" (1 400 000),
 * "310.000", "tres". A decimal comma is Spanish; a point before three digits groups thousands.
 */
export function numbersInEs(words: string[], raw: string): number[] {
  const out: number[] = [];
  const digits = raw.matchAll(/\d+(?:[.\s]\d{3})*(?:,\d+)?|\d+(?:\.\d{1,2})?/g);
  for (const m of digits) {
    const text = m[0];
    const value = /,/.test(text)
      ? Number(text.replace(/[.\s]/g, "").replace(",", "."))
      : /^\d+(?:[.\s]\d{3})+$/.test(text)
        ? Number(text.replace(/[.\s]/g, ""))
        : Number(text);
    const after = raw.slice((m.index ?? 0) + text.length).match(/^\s+(mil millones|\p{L}+)/u)?.[1];
    const scale = after === "mil millones" ? 1e9 : (SCALES_ES[after ?? ""] ?? 1);
    out.push(value, value * scale);
  }
  for (const word of words) {
    const n = NUMBER_WORDS_ES.get(word);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** Units of time, said the same in every story: the term list need not declare them. */
export const TIME_UNITS_ES: Record<string, string[]> = {
  day: ["dia", "dias"],
  week: ["semana", "semanas"],
  month: ["mes", "meses"],
  year: ["año", "años"],
  hour: ["hora", "horas"],
  minute: ["minuto", "minutos"],
};
