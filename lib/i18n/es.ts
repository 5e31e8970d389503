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
    sizes: { standard: "Normal", large: "Grande", larger: "Más grande", largest: "Muy grande" },
    spacings: { standard: "Normal", wide: "Amplio" },
  },
  briefing: {
    asOf: "Resumen · al",
    meta: (minutes, facts) =>
      `${minutes} min de lectura · ${facts} ${facts === 1 ? "hecho" : "hechos"}`,
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
    factInList: (n) => `Hecho ${n} en la lista de evidencias`,
    factsHeading: "Los hechos detrás de este resumen",
    factsNote:
      "Cada hecho con nuestras palabras, quién lo dice y el pasaje de la fuente que lo respalda.",
    sourceHeading: "Fuente",
    builtFrom: "Basado en",
    dated: "Fecha",
    subject: "Tema",
    sourceNote:
      "Este resumen está escrito con nuestras propias palabras y no cubre nada posterior a la fecha de la fuente. Solo cita los pasajes breves que aparecen arriba como evidencia, no el artículo completo. La fuente está en inglés: sus palabras aparecen aquí en nuestra traducción; toca «Original en inglés» para ver el texto original.",
    quizHeading: "¿Lo recuerdas?",
    quizNote: (n) =>
      `${n} ${n === 1 ? "pregunta" : "preguntas"}. Cada respuesta muestra la línea de la fuente que la prueba.`,
    takeQuiz: "Hacer el cuestionario",
    shareFooter: "cada afirmación enlazada a su fuente",
    levelNav: "Nivel de lectura",
    standard: "Normal",
    easier: "Más fácil de leer",
    easierTitle: (title) => `${title} (más fácil de leer)`,
    languageNav: "Idioma",
    ourTranslation: "traducción nuestra",
    original: "Original en inglés",
  },
  quiz: {
    kicker: "Cuestionario",
    title: (title: string) => `Cuestionario: ${title}`,
    description: (title: string) =>
      `Comprueba qué entendiste de «${title}». Cada respuesta enlaza con la oración de la fuente que la demuestra.`,
    intro: (n: number) => `${n} ${n === 1 ? "pregunta" : "preguntas"} sobre`,
    introAfter:
      ". Se califica cuando lo envías; luego cada respuesta muestra dónde lo dice el resumen.",
    whosWho: "Quién es quién:",
    form: {
      of: "de",
      listenTo: "Escuchar la pregunta",
      listen: "Escuchar",
      reload: "Recargar el cuestionario",
      back: "Atrás",
      next: "Siguiente",
      checking: "Revisando…",
      submit: "Enviar respuestas",
      notSent:
        "Todavía no se envió: revisa tu conexión. Tus respuestas están guardadas en este dispositivo y seguiremos intentándolo; también puedes volver a tocar «Enviar respuestas».",
      stale:
        "Esta página se actualizó mientras respondías. Vuelve a cargarla para enviar tus respuestas: siguen guardadas en este dispositivo.",
      claim: "Afirmación",
      choose: "Elige…",
      hints: {
        single: "Elige una.",
        multi: "Marca todas las que correspondan.",
        "true-false": "¿Verdadero o falso?",
        order: "Numéralos desde el 1 (lo que pasó primero).",
        match: "Elige una pareja para cada línea.",
        evidence: "Cada opción es nuestra traducción de una oración del informe.",
      },
    },
    resultTitle: "Tu resultado",
    forClass: "Para tu clase",
    answersLater:
      "Tu docente mostrará las respuestas y las explicaciones más adelante: vuelve a esta página.",
    summary: (right: number, missed: number) => `${right} del todo bien, ${missed} para repasar`,
    retryMissed: (n: number) =>
      n === 1 ? "Reintentar la que fallé" : `Reintentar las ${n} que fallé`,
    again: "Repetir todo el cuestionario",
    myProgress: "Mi progreso",
    question: (n: number) => `Pregunta ${n}`,
    of: "de",
    right: "Bien",
    partly: (pct: number) => `En parte bien (${pct}%)`,
    wrong: "No está bien",
    yourAnswer: "Tu respuesta",
    noAnswer: "(sin respuesta)",
    rightAnswer: "Respuesta correcta",
    whyNot: (answer: string) => `Por qué no «${answer}»`,
    notInReport: "No está en el informe",
    showMeWhere: "Muéstrame dónde",
    retryKicker: "Reintentar",
    retryTitle: "Reintenta lo que fallaste",
    retryHeading: "Las que fallaste",
    retryCount: (n: number) => (n === 1 ? "1 pregunta de " : `${n} preguntas de `),
    nothingToRetry: "Nada que reintentar: respondiste bien todas las preguntas en ",
    thatAttempt: "ese intento",
  },
  klass: {
    title: "Clase",
    quizTitle: "Cuestionario de la clase",
    joinKicker: "Unirse a una clase",
    youWillRead: "Vas a leer",
    joinAfter:
      "y hacer su cuestionario. Tu docente ve tu apodo y tus respuestas; los demás estudiantes no ven nada tuyo.",
    whatTeacherSees: "Qué ve tu docente",
    tooMany: "Demasiados intentos",
    removedTitle: "Te sacaron de esta clase",
    removedBefore: "Tu docente te sacó de",
    removedAfter: ", y tus respuestas ya no forman parte de ella. Todavía puedes",
    readBriefings: "leer los resúmenes",
    closed:
      "Esta clase está cerrada: todavía puedes leer, pero las respuestas nuevas no le llegan a tu docente.",
    closedForAnswers: "Esta clase está cerrada: las respuestas ya no le llegan a tu docente.",
    notFoundTitle: "No encontramos esa clase",
    notFound:
      "No hay ninguna clase a la que unirte con este enlace. Puede que el código esté mal escrito, o que la clase esté cerrada, borrada o ya no acepte estudiantes nuevos. Revisa el enlace o el código con tu docente. Todavía puedes",
    banner: "Clase:",
    youAre: (nickname: string) => `· eres ${nickname}`,
    quizIntro: (n: number, title: string) =>
      `${n} ${n === 1 ? "pregunta" : "preguntas"} sobre ${title}.`,
    immediate: "Al enviar, verás tu puntaje y las respuestas.",
    afterClose: "Al enviar, verás tu puntaje; tu docente mostrará las respuestas más adelante.",
    form: {
      nickname: "Tu apodo",
      hint: "Uno que tu docente reconozca. No tu nombre completo: no hace falta correo ni cuenta.",
      joining: "Uniéndote…",
      join: "Unirme a la clase",
    },
  },
};
