import type { Lang } from "./lang";

// What the quiz's forms and services say, in Spanish. They speak English (the words are their
// keys); a Spanish page's messages are translated sentence by sentence on their way out, so a
// message built from parts ("<rule>. Try again in 3 minutes.") translates too. A sentence
// missing here stays English: messages-es.test.ts holds every message the quiz can show.

const SENTENCES: Record<string, string> = {
  // The quiz form's schema (lib/quiz/question-types/messages.ts).
  "Choose an answer.": "Elige una respuesta.",
  "Choose at least one answer.": "Elige al menos una respuesta.",
  "Give each event a different position.": "Dale a cada suceso una posición distinta.",
  "Choose a match for every line.": "Elige una pareja para cada línea.",
  // The attempts service (lib/quiz/submit.ts, lib/quiz/attempts.server.ts).
  "This quiz does not exist.": "Este cuestionario no existe.",
  "Go back to the briefing and start again.": "Vuelve al resumen y empieza otra vez.",
  "This form belongs to another quiz.": "Este formulario es de otro cuestionario.",
  "Not saved yet: we couldn't reach our storage.":
    "Todavía no se guardó: no pudimos conectarnos con nuestro almacenamiento.",
  "Your answers are kept on this device and we'll keep trying; you can also press Submit again.":
    "Tus respuestas siguen en este dispositivo y seguiremos intentándolo; también puedes volver a tocar «Enviar respuestas».",
  "This attempt could not be saved.": "Este intento no se pudo guardar.",
  "Reload the quiz to start a fresh attempt; your answers stay filled in.":
    "Vuelve a cargar el cuestionario para empezar un intento nuevo; tus respuestas siguen marcadas.",
  "This retry lists questions that are not in the quiz.":
    "Este reintento incluye preguntas que no están en el cuestionario.",
  "Start it again from your results.": "Empiézalo otra vez desde tus resultados.",
  "Your answers are kept on this device.": "Tus respuestas siguen en este dispositivo.",
  "Your answers are still on this device.": "Tus respuestas siguen en este dispositivo.",
  // Rate limits (lib/rate-limit/rules.ts) on quiz submissions and class joins.
  "That is a lot of submissions in a few minutes.": "Son muchos envíos en pocos minutos.",
  "Too many submissions from this network right now.":
    "Hay demasiados envíos desde esta red en este momento.",
  "Too many joins to this class from this network right now.":
    "Hay demasiados intentos de unirse a esta clase desde esta red en este momento.",
  "Too many class links that do not exist were tried from this network.":
    "Desde esta red se probaron demasiados enlaces de clase que no existen.",
  "We could not check this request just now.": "No pudimos comprobar esta solicitud ahora mismo.",
  // Classes (lib/classes).
  "There is no open class at this link.": "No hay ninguna clase abierta en este enlace.",
  "Check the link or the code with your teacher.": "Revisa el enlace o el código con tu docente.",
  "Join the class first: open your class link again and enter a nickname.":
    "Primero únete a la clase: vuelve a abrir el enlace de tu clase y escribe un apodo.",
  // Joining a class (lib/classes/class-forms.ts, student.server.ts, kind-nickname-message.ts).
  "Choose a nickname.": "Elige un apodo.",
  "At most 24 characters.": "Como máximo 24 caracteres.",
  "Letters, digits, spaces and simple punctuation only.":
    "Solo letras, números, espacios y signos de puntuación sencillos.",
  "At most two accents or marks on one letter.":
    "Como máximo dos acentos u otros signos sobre una letra.",
  "Please choose another nickname: one that is kind to everyone.":
    "Elige otro apodo, por favor: uno que no ofenda a nadie.",
  "This class is not taking new students.": "Esta clase no acepta estudiantes nuevos.",
  "Ask your teacher.": "Pregúntale a tu docente.",
  "This class is closed.": "Esta clase está cerrada.",
  "Your teacher removed you from this class.": "Tu docente te sacó de esta clase.",
  // Forms (lib/forms/action-state.ts).
  "Something in this form is not valid.": "Algo de este formulario no es válido.",
  "Reload the page and try again.": "Vuelve a cargar la página e inténtalo otra vez.",
};

/** Sentences with a number in them. */
const PATTERNS: [RegExp, (n: number) => string][] = [
  [
    /^Try again in (\d+) seconds?\.$/,
    (n) => `Vuelve a intentarlo en ${n} ${n === 1 ? "segundo" : "segundos"}.`,
  ],
  [
    /^Try again in (\d+) minutes?\.$/,
    (n) => `Vuelve a intentarlo en ${n} ${n === 1 ? "minuto" : "minutos"}.`,
  ],
];

function sentence(text: string): string {
  const known = SENTENCES[text];
  if (known) return known;
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return say(Number(match[1]));
  }
  return text;
}

/** An English message in Spanish, sentence by sentence (unknown sentences stay as they are). */
export function toSpanish(message: string): string {
  return message
    .split(/(?<=[.?!])\s+(?=[A-Z])/)
    .map(sentence)
    .join(" ");
}

/** The Spanish of some messages, for a client component that may show them (by English key). */
export function spanishOf(messages: readonly string[]): Record<string, string> {
  return Object.fromEntries(messages.map((m) => [m, toSpanish(m)]));
}

/** A form's messages (by field) in its page's language. */
export function inLanguage(errors: Record<string, string>, lang: Lang): Record<string, string> {
  if (lang === "en") return errors;
  return Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, toSpanish(m)]));
}
