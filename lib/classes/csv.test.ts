import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes every field, doubles quotes, ends lines with CRLF", () => {
    expect(
      toCsv([
        ["Nickname", "Score"],
        ['Sam "the" man, jr', 3.5],
        ["line\nbreak", 0],
      ]),
    ).toBe('"Nickname","Score"\r\n"Sam ""the"" man, jr","3.5"\r\n"line\nbreak","0"\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const row = ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "\tx", "ok=1"];
    expect(toCsv([row])).toBe(`"'=HYPERLINK(""x"")","'+1","'-2","'@SUM(A1)","'\tx","ok=1"\r\n`);
    // Numbers are data we computed, not text someone typed: negative scores never occur, and
    // a number is never prefixed.
    expect(toCsv([[-1]])).toBe('"-1"\r\n');
  });
});
