import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { garbageString } from "@/test/support/arbitraries";
import { toCsv } from "./csv";

/**
 * A strict RFC 4180 reader, written here so the writer is checked against the format and not
 * against itself: CRLF between records, fields optionally quoted, `""` for a quote inside.
 * Returns undefined for anything that is not well-formed CSV.
 */
function parseCsv(text: string): string[][] | undefined {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  if (!text.endsWith("\r\n")) return undefined;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return undefined; // unterminated quote
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r") {
        if (text[i] === '"' || text[i] === "\n") return undefined; // bare quote or LF
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else return undefined;
  }
  return rows;
}

const FORMULA_START = /^[=+\-@\t\r]/;

const cellText = fc.oneof(
  garbageString,
  fc.string({ maxLength: 20 }),
  fc
    .tuple(
      fc.constantFrom("=", "+", "-", "@", "\t", "\r", '"', ",", "\n", "\r\n", "'"),
      fc.string({ maxLength: 10 }),
    )
    .map(([a, b]) => a + b),
  fc.constantFrom('=HYPERLINK("http://evil.example","x")', "=1+1", "@SUM(A1)", "-2", "+1"),
);
const cell = fc.oneof(
  { weight: 4, arbitrary: cellText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 6,
});

/** What the writer promises a spreadsheet will show for a cell. */
const shown = (v: string | number) =>
  typeof v === "string" && FORMULA_START.test(v) ? `'${v}` : String(v);

describe("toCsv", () => {
  it("writes RFC 4180 that reads back to the same rows and cells, any text included", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseCsv(toCsv(rows));
        expect(parsed).toEqual(rows.map((r) => r.map(shown)));
      }),
      { numRuns: 200 },
    );
  });

  it("never lets a text cell start like a formula (= + - @ tab CR); numbers are never prefixed", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseCsv(toCsv(rows))!;
        rows.forEach((r, y) =>
          r.forEach((v, x) => {
            const out = parsed[y]![x]!;
            if (typeof v === "string") {
              expect(out).not.toMatch(FORMULA_START);
              // Only the apostrophe is added, and only when needed: the text is otherwise intact.
              expect(out === v || out === `'${v}`).toBe(true);
            } else expect(out).toBe(String(v));
          }),
        );
      }),
    );
  });

  it("ends every record with CRLF and quotes every field", () => {
    fc.assert(
      fc.property(table, (rows) => {
        // Quoted fields only (quotes inside doubled), commas between, CRLF after each record.
        const field = '"(?:[^"]|"")*"';
        const record = `${field}(?:,${field})*\\r\\n`;
        expect(toCsv(rows)).toMatch(new RegExp(`^(?:${record})+$`));
        expect(toCsv(rows).split("\r\n").length).toBeGreaterThanOrEqual(rows.length + 1);
      }),
    );
  });
});
