/**
 * RFC 4180 CSV: CRLF line ends, every field quoted, quotes doubled. Cells a spreadsheet would
 * run as a formula (starting with = + - @, or tab/CR) get a leading apostrophe, so a nickname
 * like `=HYPERLINK(…)` stays text (OWASP "CSV injection").
 */
export function toCsv(rows: (string | number)[][]): string {
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
