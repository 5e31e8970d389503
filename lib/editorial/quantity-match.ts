import type { Quantity } from "./quantities";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Whether `ours` says no more than `theirs`: the same kind, value and unit; a date no more
 * precise than theirs and inside it ("24 October" within "24 to 26 October"). `sameUnit`
 * decides whether two count words name the same thing (an editor may declare renderings).
 */
export function within(
  ours: Quantity,
  theirs: Quantity,
  sameUnit: (a: string, b: string) => boolean = (a, b) => a === b,
): boolean {
  if (ours.kind !== theirs.kind) return false;
  switch (ours.kind) {
    case "date": {
      const t = theirs as Extract<Quantity, { kind: "date" }>;
      if (ours.year !== undefined && ours.year !== t.year) return false;
      if (ours.month !== undefined && ours.month !== t.month) return false;
      if (ours.weekday !== undefined && ours.weekday !== t.weekday) return false;
      if (ours.days) {
        if (!t.days) return false;
        if (ours.days[0] < t.days[0] || ours.days[1] > t.days[1]) return false;
      }
      return true;
    }
    case "money": {
      const t = theirs as typeof ours;
      return ours.currency === t.currency && close(ours.value, t.value);
    }
    case "share":
      return close(ours.value, (theirs as typeof ours).value);
    case "count": {
      const t = theirs as typeof ours;
      if (!close(ours.value, t.value)) return false;
      return !ours.unit || !t.unit || sameUnit(ours.unit, t.unit);
    }
  }
}
