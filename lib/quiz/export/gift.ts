import { exportItems, percentOf, type ExportInput, type ExportItem } from "./export-items";
import { exportWords } from "./export-words";

// GIFT (Moodle's text format, read by many others): every item as multiple choice or
// true/false, which every GIFT reader handles; order and match questions arrive split, one
// item per position or line (export-items.ts). Weights are our scoring's credits.

/** GIFT's special characters, escaped in our text so it stays text. */
function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

function choiceLine(item: ExportItem, c: ExportItem["choices"][number]): string {
  const feedback = c.feedback ? `#${giftEscape(c.feedback)}` : "";
  if (!item.multiple) return `\t${c.credit === 1 ? "=" : "~"}${giftEscape(c.text)}${feedback}`;
  return `\t~%${percentOf(c.credit)}%${giftEscape(c.text)}${feedback}`;
}

function question(item: ExportItem, correct: string): string {
  const head = `::${giftEscape(item.id)}:: ${giftEscape(item.prompt)}`;
  const general = `####${giftEscape(item.general)}`;
  if (item.trueFalse) {
    const right = item.choices.find((c) => c.credit === 1)!;
    const wrong = item.choices.find((c) => c.credit !== 1)!;
    // The first feedback is for the wrong answer, the second for the right one.
    const key = right.id === "true" ? "TRUE" : "FALSE";
    return `${head} {${key}#${giftEscape(wrong.feedback ?? "")}#${giftEscape(correct)}${general}}`;
  }
  return [`${head} {`, ...item.choices.map((c) => choiceLine(item, c)), `\t${general}`, "}"].join(
    "\n",
  );
}

/** The quiz as a GIFT file: a category named after the briefing, then every item. */
export function giftExport(input: ExportInput): string {
  const items = exportItems(input.quiz, input);
  const words = exportWords(input.lang);
  return [
    `// ${words.exportedFrom(input.title, input.briefingUrl)}`,
    ...(input.classUrl ? [`// ${words.classLinkNote(input.classUrl)}`] : []),
    `// ${words.containsAnswers}`,
    `$CATEGORY: $course$/${input.title.replace(/\//g, "-")}`,
    "",
    ...items.map((item) => `${question(item, words.correct)}\n`),
  ].join("\n");
}
