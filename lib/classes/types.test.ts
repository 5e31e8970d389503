import { describe, expect, it } from "vitest";
import { applyClassPatch, isOpen, reopenPatch, type ClassRecord } from "./types";

const NOW = Date.UTC(2026, 10, 26, 12);
const HOUR = 60 * 60 * 1000;
const base: ClassRecord = {
  code: "ABC234",
  ownerId: "t",
  title: "10B",
  slug: "bridge",
  feedback: "immediate",
  createdAt: NOW - 48 * HOUR,
};

describe("reopenPatch", () => {
  it("changes nothing on an open class", () => {
    expect(reopenPatch(base, NOW)).toBeUndefined();
    expect(reopenPatch({ ...base, closesAt: NOW + HOUR }, NOW)).toBeUndefined();
  });

  it("opens a class closed by the teacher and keeps a close time still ahead", () => {
    const c = { ...base, closedAt: NOW - HOUR, closesAt: NOW + HOUR };
    expect(reopenPatch(c, NOW)).toEqual({ closedAt: null });
    const after = applyClassPatch(c, reopenPatch(c, NOW)!);
    expect(isOpen(after, NOW)).toBe(true);
    expect(isOpen(after, NOW + 2 * HOUR)).toBe(false);
  });

  it("opens a class whose close time has passed (it used to stay closed)", () => {
    for (const c of [
      { ...base, closesAt: NOW - HOUR },
      { ...base, closesAt: NOW },
      { ...base, closedAt: NOW - 2 * HOUR, closesAt: NOW - HOUR },
    ]) {
      const after = applyClassPatch(c, reopenPatch(c, NOW)!);
      expect(isOpen(after, NOW), JSON.stringify(c)).toBe(true);
      expect(after.closesAt).toBeUndefined();
    }
  });
});
