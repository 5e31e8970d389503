// What every question type shares: content field schemas, reasons, and the shapes a type's
// module trades in. Server and client alike may import this file (it holds no keys).
import { z } from "zod";
import { factRefs, idSchema, line } from "@/lib/content/schemas";

export type Choice = { id: string; text: string };

/** A reader's answer to one question, in the shape its type needs. */
export type Response = string | boolean | string[] | Record<string, string>;

/**
 * Why an answer is wrong: either the source says otherwise (the facts that show it), or the
 * source says nothing about it. Server-only like the keys: it would give the answer away.
 */
export const reasonSchema = z.union([
  z.strictObject({ text: line, facts: factRefs }),
  z.strictObject({ text: line, notInReport: z.literal(true) }),
]);
export type Reason = z.infer<typeof reasonSchema>;

export const plainChoice = z.strictObject({ id: idSchema, text: line });
/** A choice; a wrong one carries `why` (the content check refuses a wrong one without). */
export const reasonedChoice = plainChoice.extend({ why: reasonSchema.optional() });
/**
 * An event to order or a line to match: it cites its own facts (the first is the one it
 * restates: its date, its speaker), and its reason says where it belongs.
 */
export const citedItem = z.strictObject({
  id: idSchema,
  text: line,
  facts: factRefs,
  why: reasonSchema,
});

/** The fields every question has, whatever its type. */
export const questionBase = { id: idSchema, prompt: line, explanation: line, facts: factRefs };

/** One reason of a question, with the choice it explains ("why not <choice>"). */
export type ReasonOf = { choiceId: string; choice: string; reason: Reason };

/** One wrong piece of an answer, with the reason it is wrong. */
export type WrongPick = {
  /** The reader's own answer, as the result page quotes it: Why not “<yours>”. */
  yours: string;
  /** What a teacher's dashboard counts it under ("“X” out of place" for order). */
  label: string;
  reason: Reason;
};

/** The fact ids a reason cites (none when the source says nothing). */
export function reasonFacts(reason: Reason): string[] {
  return "facts" in reason ? reason.facts : [];
}

/** Ids of a list, noting a repeat among them (`what`: "option", "item"…). */
export function idSet(list: { id: string }[], what: string, out: string[]): Set<string> {
  const set = new Set(list.map((c) => c.id));
  if (set.size !== list.length) out.push(`${what} ids repeat`);
  return set;
}

/**
 * "Why not" feedback needs a reason on every wrong option; a reason on a right one would be
 * shown to nobody and usually means the key is wrong.
 */
export function reasonPlacement(
  options: { id: string; why?: unknown }[],
  key: readonly string[],
): string[] {
  return options.flatMap((o) => {
    const right = key.includes(o.id);
    if (!right && !o.why) return [`wrong option "${o.id}" has no reason ("why")`];
    if (right && o.why) return [`option "${o.id}" is a right answer but carries a reason ("why")`];
    return [];
  });
}

/** Reasons on the options that carry one. */
export function optionReasons(options: { id: string; text: string; why?: Reason }[]): ReasonOf[] {
  return options.flatMap((o) => (o.why ? [{ choiceId: o.id, choice: o.text, reason: o.why }] : []));
}

/** The text of a choice by id, or a placeholder for an id the question does not have. */
export function textOf(choices: Choice[], id: unknown): string {
  return choices.find((c) => c.id === id)?.text ?? "(unknown answer)";
}

/** Copies field by field, so nothing added to a choice later (a reason, a key) leaks. */
export function publicChoices(choices: Choice[]): Choice[] {
  return choices.map(({ id, text }) => ({ id, text }));
}

export function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  // An index loop, not Array#every: every skips holes, so new Array(4) would pass as a list.
  for (let i = 0; i < v.length; i++) {
    if (!Object.hasOwn(v, i) || typeof v[i] !== "string") return false;
  }
  return true;
}

export function isRecord(v: unknown): v is Record<string, string> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A place in a question that cites facts, for the check that every cited id exists. */
export type Citation = { where: string; facts: string[] };

/** The citations every question has: its own facts and each reason's. */
export function baseCitations(q: { facts: string[] }, reasons: ReasonOf[]): Citation[] {
  return [
    { where: "facts", facts: q.facts },
    ...reasons.map((r) => ({ where: `why[${r.choiceId}]`, facts: reasonFacts(r.reason) })),
  ];
}
