import type { Lang } from "@/lib/i18n/lang";

// The words of the LTI pages a learner may see inside the LMS (the failure page, and the
// "open in a new tab" step), in each language a class can be in.

export const LTI_PAGE_WORDS = {
  en: {
    failedTitle: "The launch did not work",
    openTitle: "Open in a new tab",
    openBody:
      "Your browser keeps this page inside the learning platform from remembering you, so the briefing and quiz open in a tab of their own. You stay signed in as yourself there.",
    openLink: "Open in a new tab",
  },
  es: {
    failedTitle: "El inicio no funcionó",
    openTitle: "Abrir en una pestaña nueva",
    openBody:
      "Tu navegador no deja que esta página, dentro de la plataforma de aprendizaje, te recuerde; por eso el informe y el cuestionario se abren en una pestaña propia. Allí sigues siendo tú.",
    openLink: "Abrir en una pestaña nueva",
  },
} satisfies Record<Lang, Record<string, string>>;
