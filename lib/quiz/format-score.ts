/** A score as people read it: whole points as is, partial credit to two decimals ("4.5"). */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/0$/, "");
}
