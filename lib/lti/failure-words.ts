// What a failed LTI launch says, in plain words, with what the person can do. Each failure
// the login, the launch checks and the landing name (lib/lti) has its sentence, in English
// and in Spanish (a class in Spanish says its refusals in Spanish); an unknown name gets the
// general one, so the page never shows a code.

import type { Lang } from "@/lib/i18n/lang";

const OPEN_AGAIN = "Open the activity again from your course.";
const ASK_ADMIN = "Ask whoever runs your school's learning platform to check the tool's settings.";

const WORDS = {
  "login-params": `The learning platform's request was incomplete. ${OPEN_AGAIN}`,
  "unknown-platform": `This learning platform is not registered with Briefing & Quiz. ${ASK_ADMIN}`,
  deployment: `This installation of the tool is not registered with Briefing & Quiz. ${ASK_ADMIN}`,
  target: `The learning platform asked for a page that is not on this site. ${ASK_ADMIN}`,
  state: `This launch did not come from the login this browser started (it may have taken more than ten minutes, or come from another browser). ${OPEN_AGAIN}`,
  unreadable: `The learning platform's answer could not be read. ${OPEN_AGAIN}`,
  "unknown-key": `The learning platform signed the launch with a key it does not publish. ${ASK_ADMIN}`,
  signature: `The launch's signature is not the learning platform's. ${OPEN_AGAIN}`,
  issuer: `The launch names another learning platform than the one that started it. ${OPEN_AGAIN}`,
  audience: `The launch was meant for another tool. ${ASK_ADMIN}`,
  expired: `The launch took too long and has expired. ${OPEN_AGAIN}`,
  "issued-in-future": `The launch's time is ahead of ours: the learning platform's clock may be wrong. ${ASK_ADMIN}`,
  nonce: `The launch does not answer the login this browser started. ${OPEN_AGAIN}`,
  replayed: `This launch was already used. ${OPEN_AGAIN}`,
  "message-type": `The learning platform asked for something this tool does not do. ${ASK_ADMIN}`,
  version: `The learning platform speaks a version of LTI other than 1.3. ${ASK_ADMIN}`,
  claims: `The launch is missing something the tool needs (who you are, or which activity). ${ASK_ADMIN}`,
  "picker-role": "Only a course's teachers can add Briefing & Quiz activities.",
  "picker-types": `This learning platform does not accept the kind of link Briefing & Quiz adds. ${ASK_ADMIN}`,
  "picker-session":
    "This choice took more than half an hour or was not started here. Add the activity again from your course.",
  "picker-choice": "That briefing is not one we offer. Go back and choose again.",
  "no-briefing": `This activity does not name a briefing of ours. Your teacher can add it again and choose one.`,
  removed:
    "Your teacher removed you from this activity's class. Ask them if you think it is a mistake.",
  closed: "This activity's class is closed to new students. Ask your teacher.",
  "registration-start":
    "The learning platform did not say where its configuration is. Start the registration again from the platform.",
  "registration-configuration":
    "The learning platform's configuration could not be read. Check the platform is reachable from this site, and start again.",
  "registration-issuer":
    "The learning platform's configuration names a platform on another address, so it was not trusted. Nothing was registered.",
  "registration-refused":
    "The learning platform refused the registration (the registration link may have expired). Start again from the platform.",
  "registration-answer":
    "The learning platform's answer did not give the client and deployment ids the tool needs. Register the tool by hand instead (README, LTI).",
  "open-outside": `This page works only inside your learning platform, where the activity opened it. ${OPEN_AGAIN}`,
  "registration-configured":
    "This learning platform is already configured on the site by hand (LTI_PLATFORMS); it cannot also register itself. Nothing was registered.",
  "registration-deployment":
    "The learning platform's answer names a deployment another registration of it already has. Nothing was registered.",
  ticket: `This link works once, for two minutes, and has been used or has expired. ${OPEN_AGAIN}`,
} satisfies Record<string, string>;

export const GENERAL_FAILURE = `The launch from your learning platform did not work. ${OPEN_AGAIN}`;

const OTRA_VEZ = "Abre la actividad otra vez desde tu curso.";
const PREGUNTA =
  "Pide a quien administra la plataforma de aprendizaje de tu escuela que revise la configuración de la herramienta.";

/** The same, in Spanish; the registration's pages are an admin's, in English. */
const PALABRAS: Record<keyof typeof WORDS, string> = {
  "login-params": `La solicitud de la plataforma de aprendizaje llegó incompleta. ${OTRA_VEZ}`,
  "unknown-platform": `Esta plataforma de aprendizaje no está registrada en Briefing & Quiz. ${PREGUNTA}`,
  deployment: `Esta instalación de la herramienta no está registrada en Briefing & Quiz. ${PREGUNTA}`,
  target: `La plataforma de aprendizaje pidió una página que no está en este sitio. ${PREGUNTA}`,
  state: `Este inicio no vino del acceso que empezó este navegador (quizá tardó más de diez minutos o vino de otro navegador). ${OTRA_VEZ}`,
  unreadable: `No se pudo leer la respuesta de la plataforma de aprendizaje. ${OTRA_VEZ}`,
  "unknown-key": `La plataforma de aprendizaje firmó el inicio con una clave que no publica. ${PREGUNTA}`,
  signature: `La firma del inicio no es la de la plataforma de aprendizaje. ${OTRA_VEZ}`,
  issuer: `El inicio nombra otra plataforma de aprendizaje que la que lo empezó. ${OTRA_VEZ}`,
  audience: `El inicio era para otra herramienta. ${PREGUNTA}`,
  expired: `El inicio tardó demasiado y caducó. ${OTRA_VEZ}`,
  "issued-in-future": `La hora del inicio va por delante de la nuestra: el reloj de la plataforma de aprendizaje puede estar mal. ${PREGUNTA}`,
  nonce: `El inicio no responde al acceso que empezó este navegador. ${OTRA_VEZ}`,
  replayed: `Este inicio ya se usó. ${OTRA_VEZ}`,
  "message-type": `La plataforma de aprendizaje pidió algo que esta herramienta no hace. ${PREGUNTA}`,
  version: `La plataforma de aprendizaje usa una versión de LTI distinta de la 1.3. ${PREGUNTA}`,
  claims: `Al inicio le falta algo que la herramienta necesita (quién eres o qué actividad). ${PREGUNTA}`,
  "picker-role": "Solo los profesores de un curso pueden añadir actividades de Briefing & Quiz.",
  "picker-types": `Esta plataforma de aprendizaje no acepta el tipo de enlace que añade Briefing & Quiz. ${PREGUNTA}`,
  "picker-session":
    "Esta elección tardó más de media hora o no empezó aquí. Añade la actividad otra vez desde tu curso.",
  "picker-choice": "Ese informe no es uno de los nuestros. Vuelve atrás y elige otra vez.",
  "no-briefing":
    "Esta actividad no nombra ninguno de nuestros informes. Tu profesor puede añadirla otra vez y elegir uno.",
  removed:
    "Tu profesor te quitó de la clase de esta actividad. Pregúntale si crees que es un error.",
  closed: "La clase de esta actividad no admite estudiantes nuevos. Pregunta a tu profesor.",
  "registration-start": WORDS["registration-start"],
  "registration-configuration": WORDS["registration-configuration"],
  "registration-issuer": WORDS["registration-issuer"],
  "registration-refused": WORDS["registration-refused"],
  "registration-answer": WORDS["registration-answer"],
  "registration-configured": WORDS["registration-configured"],
  "registration-deployment": WORDS["registration-deployment"],
  "open-outside": `Esta página solo funciona dentro de tu plataforma de aprendizaje, donde la abrió la actividad. ${OTRA_VEZ}`,
  ticket: `Este enlace funciona una vez, durante dos minutos, y ya se usó o caducó. ${OTRA_VEZ}`,
};

const GENERAL_ES = `El inicio desde tu plataforma de aprendizaje no funcionó. ${OTRA_VEZ}`;

export function failureWords(why: string | undefined, lang: Lang = "en"): string {
  const [words, general]: [Record<string, string>, string] =
    lang === "es" ? [PALABRAS, GENERAL_ES] : [WORDS, GENERAL_FAILURE];
  return (why !== undefined && Object.hasOwn(words, why) ? words[why] : undefined) ?? general;
}
