// Our text inside XML, for every XML format we write (Moodle XML, the Common Cartridge's
// manifest and QTI), and inside the HTML we write by hand (the LTI answer form). One escape for text and attribute values alike, so a quotation mark in
// a title cannot end an attribute early; and the control characters XML 1.0 forbids
// (which no reader can parse back) dropped rather than written.

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
