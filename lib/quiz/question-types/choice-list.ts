// Shared by the types whose answer is picking options (single, multi, true/false): the form
// value is an option id or a list of them.
import * as z from "zod/mini";
import type { Choice } from "./shared";

export function optionIds(choices: Choice[]): [string, ...string[]] {
  return choices.map((c) => c.id) as [string, ...string[]];
}

/** One option id, any of the question's. */
export function oneOf(choices: Choice[], message: string) {
  return z.enum(optionIds(choices), { error: message });
}
