import type { Dictionary } from "./en";

/** The Spanish words of the site's shell and the briefing page (en.ts holds the English). */
export const es: Dictionary = {
  locale: "es-US",
  shell: {
    skip: "Ir al contenido",
    accountNav: "Cuenta",
    myProgress: "Mi progreso",
    signIn: "Iniciar sesión",
    account: "Cuenta",
    about:
      "Los resúmenes están escritos con nuestras propias palabras a partir de una sola fuente. Cada afirmación enlaza con el pasaje que la respalda.",
    teachers: "Docentes:",
    makeClassLink: "creen un enlace para su clase",
    teachersAfter: "y vean llegar los resultados.",
    privacy: "Privacidad",
    privacyAfter: ": qué guardamos sobre ti, por cuánto tiempo y cómo borrarlo.",
    text: "Texto",
    textHidden: ": tamaño y espaciado",
    textSize: "Tamaño del texto",
    lineSpacing: "Espacio entre líneas",
    done: "Listo",
    sizes: { standard: "Normal", large: "Grande", larger: "Más grande", largest: "El más grande" },
    spacings: { standard: "Normal", wide: "Amplio" },
  },
  briefing: {
    asOf: "Resumen · al",
    meta: (minutes, facts) => `${minutes} min de lectura · ${facts} hechos`,
    originalReporting: "Reportaje original",
    listenAll: "Escuchar todo el resumen",
    listenTo: (heading) => `Escuchar «${heading}»`,
    listen: "Escuchar",
    notSettled: "Esto es un artículo de noticias, no un registro definitivo.",
    reflects: (asOf, credits) => `Refleja lo que se dijo al ${asOf}, ${credits}.`,
    tapSource: [
      "Debajo de cada línea, toca",
      "Fuente",
      "para ver quién lo dice y sus palabras exactas.",
    ],
    credits: ({ total, named, unnamed }) =>
      unnamed * 2 > total
        ? `sobre todo según personas y fuentes que no nombra (${unnamed} de ${total} hechos)`
        : named * 2 > total
          ? `sobre todo según personas que nombra (${named} de ${total} hechos)`
          : unnamed === 0 && named === 0
            ? "con las propias palabras del artículo"
            : `según personas que nombra (${named} de ${total} hechos) y fuentes que no nombra (${unnamed})`,
    sections: "Secciones",
    factsLink: "Los hechos",
    wordsToKnow: "Palabras útiles",
    wordsToKnowNote:
      "Contexto que añadimos para ayudarte a leer: no es del informe, y ninguna respuesta depende de él.",
    termLabel: "Contexto · no es del informe",
    termAria: (term) => `${term}: contexto`,
    close: "Cerrar",
    source: "Fuente",
    sources: "Fuentes",
    factInList: (n) => `Hecho ${n} en la lista de pruebas`,
    factsHeading: "Los hechos detrás de este resumen",
    factsNote:
      "Cada hecho con nuestras palabras, quién lo dice y el pasaje de la fuente que lo respalda.",
    sourceHeading: "Fuente",
    builtFrom: "Basado en",
    dated: "Fecha",
    subject: "Tema",
    sourceNote:
      "Este resumen está escrito con nuestras propias palabras y no cubre nada posterior a la fecha de la fuente. Solo cita los pasajes breves que aparecen arriba como pruebas, no el artículo completo. La fuente está en inglés: sus palabras aparecen aquí en nuestra traducción, con el original a un toque.",
    quizHeading: "¿Lo recuerdas?",
    quizNote: (n) => `${n} preguntas. Cada respuesta muestra la línea de la fuente que la prueba.`,
    takeQuiz: "Haz el cuestionario (en inglés por ahora)",
    shareFooter: "cada afirmación enlazada a su fuente",
    levelNav: "Nivel de lectura",
    standard: "Normal",
    easier: "Más fácil de leer",
    easierTitle: (title) => `${title} (más fácil de leer)`,
    languageNav: "Idioma",
    ourTranslation: "traducción nuestra",
    original: "Original en inglés",
  },
};
