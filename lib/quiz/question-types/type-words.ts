import type { Lang } from "@/lib/i18n/lang";

// The few words question types add themselves (everything else is the quiz file's, in its
// edition's language): true and false, an evidence question's "Claim", a line left blank.

const WORDS: Record<Lang, { true: string; false: string; claim: string; noAnswer: string }> = {
  en: { true: "True", false: "False", claim: "Claim", noAnswer: "(no answer)" },
  es: { true: "Verdadero", false: "Falso", claim: "Afirmación", noAnswer: "(sin respuesta)" },
};

export const typeWords = (lang: Lang = "en") => WORDS[lang];

/** True or false in a language (the quiz file has no words for them). */
export const trueFalseWord = (value: boolean, lang: Lang = "en") =>
  typeWords(lang)[value ? "true" : "false"];
