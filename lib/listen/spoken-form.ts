// What a sentence sounds like, where its written form reads badly aloud. The highlight keeps
// the written sentence; only the words handed to the voice change.

/** A range of numbers written with an en dash ("24–26 October"): voices drop the dash. */
const NUMBER_RANGE = /(\d)\s*–\s*(?=\d)/g;

export function spokenForm(text: string): string {
  return text.replace(NUMBER_RANGE, "$1 to ");
}
