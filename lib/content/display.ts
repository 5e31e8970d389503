import type { Fact } from "./schemas";

/**
 * Quotes are stored exactly as the source has them, including the comma that led into
 * "…, he said". Shown on their own, that comma is dropped (any closing quote mark is kept).
 */
export function displayQuote(quote: string): string {
  return quote.replace(/,(['\u2019"\u201D]?)\s*$/, "$1");
}

/** Who says so, once each, in citation order: "The Ledger · A council official". */
export function attributionsOf(facts: Fact[]): string[] {
  return [...new Set(facts.map((fact) => fact.attribution))];
}

export function factAnchor(id: string): string {
  return `fact-${id}`;
}
