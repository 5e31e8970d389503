import type { ExportItem } from "./export-items";
import { xmlText } from "./xml-text";

// The quiz as a Common Cartridge 1.1 assessment: the CC profile of QTI 1.2.1, which has three
// kinds of choice question and nothing else we use. Single → cc.multiple_choice, true/false
// → cc.true_false, select-all → cc.multiple_response; order and match questions arrive split
// one item per position or line, and evidence as multiple choice (export-items.ts).
//
// Response processing, in the order an LMS runs it, in the shapes Canvas and Moodle read:
// the general feedback (the explanation and the source) for every answer (`continue="Yes"`);
// then each wrong choice's "why not"; last, the key, which sets SCORE to 100. With one pick
// (single, true/false) a wrong choice's condition ends processing: Moodle's importer takes
// every `continue="Yes"` feedback for general feedback, so only select-all, where several
// reasons may apply, continues after one. Every `varequal` says `case="Yes"`, which Moodle's
// importer needs to find the right choices of a select-all key. The profile allows only
// `Set` on one SCORE, so a select-all key is the exact set of right choices: the LMS applies
// its own rule for partly right answers (Canvas and Moodle give partial credit). Feedback
// idents are numbered (`fb1`…): Canvas sorts feedback by words in them ("correct", "all").

const PROFILE = {
  single: "cc.multiple_choice.v0p1",
  multiple: "cc.multiple_response.v0p1",
  trueFalse: "cc.true_false.v0p1",
} as const;

const RESPONSE = "response1";
const GENERAL = "general_fb";
/** A choice's feedback ident, by its position: neutral words for Canvas's importer. */
const feedbackId = (item: ExportItem, choiceId: string) =>
  `fb${item.choices.findIndex((c) => c.id === choiceId) + 1}`;

function field(label: string, entry: string): string {
  return `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${entry}</fieldentry></qtimetadatafield>`;
}

const material = (text: string) =>
  `<material><mattext texttype="text/plain">${xmlText(text)}</mattext></material>`;

function profileOf(item: ExportItem): string {
  if (item.trueFalse) return PROFILE.trueFalse;
  return item.multiple ? PROFILE.multiple : PROFILE.single;
}

const equals = (choiceId: string) =>
  `<varequal respident="${RESPONSE}" case="Yes">${xmlText(choiceId)}</varequal>`;

/** The condition the key meets: the right choice, or exactly the right set of them. */
function keyCondition(item: ExportItem): string {
  const right = item.choices.filter((c) => c.credit > 0);
  if (!item.multiple) return equals(right[0]!.id);
  // One `not` per wrong choice, as Canvas writes them: unambiguous to every reader.
  const wrong = item.choices.filter((c) => c.credit <= 0).map((c) => `<not>${equals(c.id)}</not>`);
  return `<and>${right.map((c) => equals(c.id)).join("")}${wrong.join("")}</and>`;
}

function itemXml(item: ExportItem): string {
  const whyNot = item.choices.filter((c) => c.feedback);
  const cardinality = item.multiple ? "Multiple" : "Single";
  return [
    `<item ident="${xmlText(item.id)}" title="${xmlText(item.id)}">`,
    `<itemmetadata><qtimetadata>${field("cc_profile", profileOf(item))}</qtimetadata></itemmetadata>`,
    "<presentation>",
    material(item.prompt),
    `<response_lid ident="${RESPONSE}" rcardinality="${cardinality}"><render_choice>`,
    ...item.choices.map(
      (c) => `<response_label ident="${xmlText(c.id)}">${material(c.text)}</response_label>`,
    ),
    "</render_choice></response_lid>",
    "</presentation>",
    "<resprocessing>",
    '<outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>',
    `<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="${GENERAL}"/></respcondition>`,
    ...whyNot.map(
      (c) =>
        `<respcondition continue="${item.multiple ? "Yes" : "No"}"><conditionvar>${equals(c.id)}</conditionvar><displayfeedback feedbacktype="Response" linkrefid="${feedbackId(item, c.id)}"/></respcondition>`,
    ),
    `<respcondition continue="No"><conditionvar>${keyCondition(item)}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>`,
    "</resprocessing>",
    `<itemfeedback ident="${GENERAL}"><flow_mat>${material(item.general)}</flow_mat></itemfeedback>`,
    ...whyNot.map(
      (c) =>
        `<itemfeedback ident="${feedbackId(item, c.id)}"><flow_mat>${material(c.feedback!)}</flow_mat></itemfeedback>`,
    ),
    "</item>",
  ].join("\n");
}

/** The assessment file: one section holding every item, in the quiz's order. */
export function ccAssessment(ident: string, title: string, items: ExportItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd">',
    `<assessment ident="${xmlText(ident)}" title="${xmlText(title)}">`,
    "<qtimetadata>",
    field("cc_profile", "cc.exam.v0p1"),
    field("qmd_assessmenttype", "Examination"),
    field("qmd_scoretype", "Percentage"),
    field("qmd_feedbackpermitted", "Yes"),
    field("qmd_solutionspermitted", "Yes"),
    field("cc_maxattempts", "unlimited"),
    "</qtimetadata>",
    '<section ident="root_section">',
    ...items.map(itemXml),
    "</section>",
    "</assessment>",
    "</questestinterop>",
    "",
  ].join("\n");
}
