// What a sentence sounds like, where its written form reads badly aloud. The highlight keeps
// the written sentence; only the words handed to the voice change.

/** A range of numbers written with an en dash ("24–26 October"): voices drop the dash. */
const NUMBER_RANGE = /(\d)\s*–\s*(?=\d)/g;

/** "to" in the page's language: "24 to 26", "24 a 26". */
const TO: Record<string, string> = { en: "to", es: "a" };

export function spokenForm(text: string, lang = "en"): string {
  return text.replace(NUMBER_RANGE, `$1 ${TO[lang] ?? TO.en} `);
}
