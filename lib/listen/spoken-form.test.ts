import { describe, expect, it } from "vitest";
import { spokenForm } from "./spoken-form";

describe("spokenForm", () => {
  it("reads a range of numbers as 'to', which voices otherwise drop", () => {
    expect(spokenForm("24–26 October")).toBe("24 to 26 October");
    expect(spokenForm("pages 4 – 10 and 2025–2026")).toBe("pages 4 to 10 and 2025 to 2026");
  });

  it("leaves every other dash and hyphen as written", () => {
    for (const text of ["Kyiv – and Moscow", "28-point plan", "a pause—then", "Mon–Fri", "–3"])
      expect(spokenForm(text)).toBe(text);
  });
});

describe("spokenForm in Spanish", () => {
  it("reads a range with the page language's word for 'to'", () => {
    expect(spokenForm("del 24–26 de octubre", "es")).toBe("del 24 a 26 de octubre");
  });
});
