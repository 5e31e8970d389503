import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { typeWords } from "@/lib/quiz/question-types/type-words";

// The words an export adds around the quiz file's own (which are already in the edition's
// language): a split question's prompt, "Source", the package's titles, the files' notes.
// One entry per language, so a language without them does not compile. True, false, "Claim"
// and "Not in the report" are the site's own words, so the LMS says what the site says.

type ExportWords = {
  /** Text in this language's quotation marks (unless it already stands in its own). */
  quote: (text: string) => string;
  true: string;
  false: string;
  claim: string;
  notInReport: string;
  /** "Source (who says so): “evidence”". */
  source: (attribution: string, evidence: string) => string;
  /** The source's own words beside our translation of them. */
  original: (english: string) => string;
  /** After an evidence question's claim. */
  chooseSentence: string;
  /** One item of an ordering question split into one per position (0-based). */
  whichPosition: (prompt: string, position: number, of: number) => string;
  /** One item of a matching question split into one per line. */
  whichMatch: (prompt: string, line: string, of: number) => string;
  correct: string;
  readBriefing: (title: string) => string;
  quizTitle: (title: string) => string;
  classLink: string;
  description: (title: string) => string;
  exportedFrom: (title: string, url: string) => string;
  classLinkNote: (url: string) => string;
  containsAnswers: string;
  multiScoring: string;
};

/** Text in quotation marks, unless it already stands in its own (a quote as a match line). */
const quoted = (text: string, open: string, close: string) =>
  /^["“«‘'].*["”»’']$/s.test(text.trim()) ? text : `${open}${text}${close}`;

const ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
const ORDINALS_ES = [
  "primero",
  "segundo",
  "tercero",
  "cuarto",
  "quinto",
  "sexto",
  "séptimo",
  "octavo",
];

const WORDS: Record<Lang, Omit<ExportWords, "true" | "false" | "claim" | "notInReport">> = {
  en: {
    quote: (text) => quoted(text, "“", "”"),
    source: (who, evidence) => `Source (${who}): ${quoted(evidence, "“", "”")}`,
    original: (english) => `(Original: ${quoted(english, "“", "”")})`,
    chooseSentence: "(Choose the sentence of the source that proves it.)",
    whichPosition: (prompt, position, of) =>
      `${prompt} Which came ${ORDINALS_EN[position] ?? `number ${position + 1}`}? (One of ${of} questions made from one ordering question.)`,
    whichMatch: (prompt, line, of) =>
      `${prompt} ${quoted(line, "“", "”")}: which one? (One of ${of} questions made from one matching question.)`,
    correct: "Correct.",
    readBriefing: (title) => `Read the briefing: ${title}`,
    quizTitle: (title) => `Quiz: ${title}`,
    classLink: "The class link (the live quiz, with the briefing)",
    description: (title) =>
      `A comprehension quiz on the briefing “${title}”, exported from Briefing & Quiz. Contains the answers.`,
    exportedFrom: (title, url) => `${title}: quiz exported from Briefing & Quiz (${url}).`,
    classLinkNote: (url) => `The class link (the live quiz, with the briefing): ${url}`,
    containsAnswers:
      "Contains the answers. Each wrong choice's feedback says why; general feedback quotes the source.",
    multiScoring:
      "Select-all questions: each right option earns its share, each wrong one takes its share off, never below 0, as on the site.",
  },
  es: {
    quote: (text) => quoted(text, "«", "»"),
    source: (who, evidence) => `Fuente (${who}): ${quoted(evidence, "«", "»")}`,
    original: (english) => `(Original en inglés: ${quoted(english, "“", "”")})`,
    chooseSentence: "(Elige la frase de la fuente que lo prueba).",
    whichPosition: (prompt, position, of) =>
      `${prompt} ¿Cuál fue el ${ORDINALS_ES[position] ?? `número ${position + 1}`}? (Una de ${of} preguntas hechas a partir de una pregunta de ordenar).`,
    whichMatch: (prompt, line, of) =>
      `${prompt} ${quoted(line, "«", "»")}: ¿cuál corresponde? (Una de ${of} preguntas hechas a partir de una pregunta de emparejar).`,
    correct: "Correcto.",
    readBriefing: (title) => `Lee el informe: ${title}`,
    quizTitle: (title) => `Cuestionario: ${title}`,
    classLink: "El enlace de la clase (el cuestionario en línea, con el informe)",
    description: (title) =>
      `Un cuestionario de comprensión sobre el informe «${title}», exportado de Briefing & Quiz. Contiene las respuestas.`,
    exportedFrom: (title, url) => `${title}: cuestionario exportado de Briefing & Quiz (${url}).`,
    classLinkNote: (url) =>
      `El enlace de la clase (el cuestionario en línea, con el informe): ${url}`,
    containsAnswers:
      "Contiene las respuestas. La retroalimentación de cada opción incorrecta dice por qué; la general cita la fuente.",
    multiScoring:
      "Preguntas de marcar todas las correctas: cada opción correcta suma su parte y cada incorrecta resta la suya, nunca por debajo de 0, como en el sitio.",
  },
};

export function exportWords(lang: Lang): ExportWords {
  const { true: yes, false: no, claim } = typeWords(lang);
  return {
    ...WORDS[lang],
    true: yes,
    false: no,
    claim,
    notInReport: dictionary(lang).quiz.notInReport,
  };
}
