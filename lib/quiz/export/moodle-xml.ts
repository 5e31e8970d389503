import type { Question, QuestionType } from "@/lib/quiz/question-types/type-registry";
import { exportItems, percentOf, type ExportInput, type ExportItem } from "./export-items";
import { exportWords } from "./export-words";
import { xmlText } from "./xml-text";

// Moodle XML: Moodle keeps every type of ours whole. Choice questions (single, multi,
// true/false, evidence) as export items; order as Moodle's `ordering` graded on all previous
// and next items (the share of pairs in the right relative order: ours); match as
// `matching` (the share of lines right: ours). Per-answer feedback is our reason; general
// feedback the explanation and the source's evidence. Moodle's ordering and matching have no
// per-line feedback, so each line's reason goes in the feedback for a partly right or wrong
// answer.

/** Text for Moodle's HTML fields: escaped as HTML, inside CDATA (which then cannot end early). */
function html(text: string): string {
  return `<text><![CDATA[<p>${xmlText(text)}</p>]]></text>`;
}

const field = (name: string, text: string) => `<${name} format="html">${html(text)}</${name}>`;

function head(type: string, id: string, prompt: string, general: string): string[] {
  return [
    `<question type="${type}">`,
    `<name><text>${id}</text></name>`,
    field("questiontext", prompt),
    field("generalfeedback", general),
    "<defaultgrade>1</defaultgrade>",
    "<penalty>0</penalty>",
    "<hidden>0</hidden>",
  ];
}

function answer(text: string, credit: number, feedback?: string, plain = false): string {
  return [
    `<answer fraction="${percentOf(credit)}" format="${plain ? "plain_text" : "html"}">`,
    plain ? `<text>${xmlText(text)}</text>` : html(text),
    feedback ? field("feedback", feedback) : "",
    "</answer>",
  ].join("");
}

function choiceQuestion(item: ExportItem): string {
  if (item.trueFalse) {
    return [
      ...head("truefalse", item.id, item.prompt, item.general),
      // Moodle reads a true/false answer's text as plain `true` or `false`.
      ...item.choices.map((c) => answer(c.id, c.credit, c.feedback, true)),
      "</question>",
    ].join("\n");
  }
  return [
    ...head("multichoice", item.id, item.prompt, item.general),
    `<single>${item.multiple ? "false" : "true"}</single>`,
    "<shuffleanswers>true</shuffleanswers>",
    "<answernumbering>abc</answernumbering>",
    ...item.choices.map((c) => answer(c.text, c.credit, c.feedback)),
    "</question>",
  ].join("\n");
}

type Words = ReturnType<typeof exportWords>;
type Write<Q> = (q: Q, items: ExportItem[], words: Words) => string;

/** Each line's reason, for the partly right and wrong feedback of ordering and matching. */
const reasons = (lines: { text: string; why: { text: string } }[], words: Words) =>
  lines.map((l) => `${words.quote(l.text)}: ${l.why.text}`).join(" ");

/** How Moodle carries each type. A type missing here does not compile. */
const WRITE: { [K in QuestionType]: Write<Extract<Question, { type: K }>> } = {
  single: (_, items) => items.map(choiceQuestion).join("\n"),
  multi: (_, items) => items.map(choiceQuestion).join("\n"),
  "true-false": (_, items) => items.map(choiceQuestion).join("\n"),
  evidence: (_, items) => items.map(choiceQuestion).join("\n"),
  order: (q, [first], words) =>
    [
      ...head("ordering", q.id, q.prompt, first!.general),
      "<layouttype>VERTICAL</layouttype>",
      "<selecttype>ALL</selecttype>",
      "<selectcount>0</selectcount>",
      // The share of all pairs in the right relative order, as our scoring.
      "<gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>",
      "<showgrading>SHOW</showgrading>",
      "<numberingstyle>none</numberingstyle>",
      field("partiallycorrectfeedback", reasons(q.items, words)),
      field("incorrectfeedback", reasons(q.items, words)),
      // In the right order, as Moodle's ordering expects them.
      ...q.answer.map((id) => answer(q.items.find((i) => i.id === id)!.text, 1)),
      "</question>",
    ].join("\n"),
  match: (q, [first], words) =>
    [
      ...head("matching", q.id, q.prompt, first!.general),
      "<shuffleanswers>true</shuffleanswers>",
      field("partiallycorrectfeedback", reasons(q.prompts, words)),
      field("incorrectfeedback", reasons(q.prompts, words)),
      ...q.prompts.map(
        (line) =>
          `<subquestion format="html">${html(line.text)}<answer><text>${xmlText(
            q.options.find((o) => o.id === q.answer[line.id])!.text,
          )}</text></answer></subquestion>`,
      ),
      // An option no line takes is a distractor: Moodle's empty subquestion.
      ...q.options
        .filter((o) => !Object.values(q.answer).includes(o.id))
        .map(
          (o) =>
            `<subquestion format="html"><text></text><answer><text>${xmlText(o.text)}</text></answer></subquestion>`,
        ),
      "</question>",
    ].join("\n"),
};

/** An XML comment: our words escaped, and never a `--`, which would end it early. */
const comment = (...lines: string[]) =>
  `<!-- ${xmlText(lines.join(" ")).replace(/-{2,}/g, "–")} -->`;

/** The quiz as a Moodle XML question bank: a category named after the briefing, then each question. */
export function moodleXmlExport(input: ExportInput): string {
  const words = exportWords(input.lang);
  const questions = input.quiz.questions.map((q) =>
    (WRITE[q.type] as Write<Question>)(
      q,
      exportItems({ ...input.quiz, questions: [q] }, input),
      words,
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    comment(
      words.exportedFrom(input.title, input.briefingUrl),
      ...(input.classUrl ? [`${words.classLinkNote(input.classUrl)}.`] : []),
      words.containsAnswers,
      words.multiScoring,
    ),
    "<quiz>",
    '<question type="category">',
    `<category><text>$course$/top/${xmlText(input.title.replace(/\//g, "-"))}</text></category>`,
    "</question>",
    ...questions,
    "</quiz>",
    "",
  ].join("\n");
}
