import type { ErrorWords } from "./error-words";

// The error page's words in Spanish (error-words.ts has the English and the type).

export const ERROR_WORDS_ES: ErrorWords = {
  staleTitle: "Esta página se actualizó",
  title: "Algo salió mal",
  stale:
    "El sitio cambió desde que abriste esta página, así que lo que enviaste no llegó. Vuelve a cargar la página y envíalo otra vez.",
  failed:
    "Eso no funcionó por nuestra parte. Inténtalo de nuevo; si sigue pasando, vuelve en unos minutos.",
  reference: "Referencia",
  reload: "Volver a cargar la página",
  retry: "Intentar de nuevo",
};
