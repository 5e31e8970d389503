import { describe, expect, it } from "vitest";
import { classOpPatch, isClassOp } from "./class-ops";
import type { ClassRecord } from "./types";

const NOW = Date.UTC(2026, 10, 29, 12);
const klass = (over: Partial<ClassRecord> = {}): ClassRecord => ({
  code: "ABCDEF",
  ownerId: "t",
  title: "10B",
  slug: "s",
  feedback: "after-close",
  createdAt: NOW - 1000,
  ...over,
});

describe("class operations", () => {
  it("close and reopen change an open or closed class, and nothing the second time", () => {
    expect(classOpPatch(klass(), "close", NOW)).toEqual({ closedAt: NOW });
    expect(classOpPatch(klass({ closedAt: NOW - 5 }), "close", NOW)).toBeUndefined();
    expect(classOpPatch(klass({ closedAt: NOW - 5 }), "reopen", NOW)).toEqual({ closedAt: null });
    expect(classOpPatch(klass(), "reopen", NOW)).toBeUndefined();
  });

  it("reveal and hide toggle the answers once", () => {
    expect(classOpPatch(klass(), "reveal", NOW)).toEqual({ revealedAt: NOW });
    expect(classOpPatch(klass({ revealedAt: NOW - 5 }), "reveal", NOW)).toBeUndefined();
    expect(classOpPatch(klass({ revealedAt: NOW - 5 }), "hide", NOW)).toEqual({ revealedAt: null });
    expect(classOpPatch(klass(), "hide", NOW)).toBeUndefined();
  });

  it("stop and allow joins toggle once, leaving the class open", () => {
    expect(classOpPatch(klass(), "stop-joins", NOW)).toEqual({ joinsClosedAt: NOW });
    expect(classOpPatch(klass({ joinsClosedAt: NOW - 5 }), "stop-joins", NOW)).toBeUndefined();
    expect(classOpPatch(klass({ joinsClosedAt: NOW - 5 }), "allow-joins", NOW)).toEqual({
      joinsClosedAt: null,
    });
    expect(classOpPatch(klass(), "allow-joins", NOW)).toBeUndefined();
  });

  it("knows its operations and nothing else", () => {
    const ops = ["close", "reopen", "reveal", "hide", "stop-joins", "allow-joins", "delete"];
    expect(ops.every(isClassOp)).toBe(true);
    for (const junk of ["drop", "", undefined, 1, "toString"]) expect(isClassOp(junk)).toBe(false);
  });
});
