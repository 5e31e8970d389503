import { rich, type AccountWords } from "./account-en";

// The account pages' words in Spanish (account-en.ts has the English and the type). /privacy
// is a promise: every number, cookie name and right here says exactly what the English says.
// Cookie names, code identifiers and "__Secure-" stay as they are.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "40 segundos", "1 minuto", "7 minutos": a wait as a person says it (as waitText in English). */
export function esperaTexto(seconds: number): string {
  if (seconds < 60) return plural(seconds, "segundo", "segundos");
  return plural(Math.round(seconds / 60), "minuto", "minutos");
}

export const accountEs: AccountWords = {
  privacy: {
    title: "Privacidad: qué guardamos",
    description:
      "Qué guarda Briefing & Quiz sobre ti, por cuánto tiempo, quién lo ve y cada cookie que usa.",
    heading: "Qué guardamos y quién lo ve",
    summary:
      "En pocas palabras: guardamos tus respuestas de los cuestionarios para que puedas ver tu progreso, y tu apodo en una clase para que tu docente vea cómo le fue a la clase. No guardamos tu correo electrónico, ni tu nombre real a menos que inicies sesión. No hay anuncios ni rastreo, y nada se vende ni se le da a nadie.",
    storeHeading: "Qué guardamos",
    store: [
      rich(
        "",
        "Un identificador al azar para tu navegador",
        ", en una cookie. Así sabemos qué intentos de cuestionario son tuyos sin que tengas una cuenta.",
      ),
      rich(
        "",
        "Tus intentos de cuestionario",
        ": de qué resumen, cuándo, en qué idioma, las respuestas que elegiste y tu puntaje.",
      ),
      rich(
        "",
        "En una clase a la que te unes",
        ": el apodo que eliges, cuándo te uniste, y el puntaje, las respuestas y el idioma de tu intento más reciente y de tu mejor intento en esa clase.",
      ),
      rich(
        "",
        "Si inicias sesión",
        ": un identificador de la cuenta con la que inicias sesión (por ejemplo, la de tu escuela) y el nombre que esa cuenta nos da para mostrar. Nunca recibimos ni guardamos tu correo electrónico, tu contraseña ni tu foto.",
      ),
      rich(
        "",
        "Si lo abres desde la plataforma de aprendizaje de tu escuela",
        " (LTI: Canvas, Moodle y otras): un código revuelto (un hash) del identificador que la plataforma tiene para ti, para que seas siempre el mismo estudiante, y tu nombre tal como la plataforma lo da, como tu apodo en la clase de esa actividad. Cuando la actividad tiene calificación, tu puntaje se envía al libro de calificaciones de tu profesor en la plataforma después de cada intento: para eso guardamos, con la clase y borrados con ella, el identificador que la plataforma tiene para ti y el lugar del libro de calificaciones donde va el puntaje. Nunca recibimos ni guardamos tu correo electrónico, tu foto ni otros datos que tenga la plataforma.",
      ),
      rich(
        "",
        "Para evitar abusos",
        ": contadores que duran poco, de cuántas veces una red o un navegador envía respuestas o se une a clases, guardados como un código revuelto (un hash), nunca como la dirección de tu red. Se borran en unas pocas horas como máximo.",
      ),
    ],
    whereHeading: "Dónde y por cuánto tiempo",
    where:
      "En el servidor donde funciona este sitio: un archivo de base de datos en ese servidor o, si el sitio funciona en Vercel, su base de datos KV. En ningún otro lugar.",
    attemptsKept: (days) =>
      rich(
        "Tus intentos se borran ",
        plural(days, "día", "días"),
        " después de la última vez que hiciste un cuestionario o te uniste a una clase. Cada intento nuevo reinicia el plazo.",
      ),
    classesKept: (days) =>
      rich(
        "Tu apodo y tus resultados en una clase se quedan con esa clase: la clase se borra, con los apodos y resultados de todos sus estudiantes, ",
        plural(days, "día", "días"),
        " después de que se cierre, o antes si tu docente la borra. Tú puedes quitar los tuyos antes (más abajo).",
      ),
    deleteAnyTime: rich(
      "Puedes borrar todo lo que tenemos sobre ti en cualquier momento, de una sola vez (las clases que crea un docente se borran, en cambio, desde su lista de clases): ",
      "Mi progreso → Tus datos",
      ". Ahí también puedes descargarlo antes.",
    ),
    whoHeading: "Quién puede verlo",
    who: [
      rich("", "Solo tú", " ves tus propios intentos y tu progreso."),
      rich(
        "",
        "Tu docente",
        " ve, solo de su propia clase: tu apodo, cuándo te uniste, y tus respuestas y puntajes en esa clase. Puede cambiarte el apodo o sacarte de la clase. No ve tus otros intentos, ni tu cuenta, ni otras clases.",
      ),
      rich("", "Los demás estudiantes", " no ven nada tuyo."),
      rich(
        "",
        "Nadie más.",
        " No usamos herramientas de análisis, ni publicidad, ni scripts o tipografías de terceros. El sitio no carga nada de otras empresas.",
      ),
    ],
    cookiesHeading: "Cookies y lo que se queda en tu dispositivo",
    cookiesNote:
      "Todas las cookies son necesarias para que el sitio funcione, y ninguna te sigue por otros sitios.",
    kinds: { cookie: "cookie", device: "solo en este dispositivo" },
    kept: "Se guarda:",
    items: {
      anonymousId: {
        what: "Un identificador al azar para este navegador, para que tus intentos de cuestionario sean tuyos sin una cuenta. Va firmado, así que nadie puede inventarse uno.",
        lifetime: "1 año",
      },
      classMember: {
        what: "Quién eres en una clase a la que te uniste (un identificador de estudiante al azar), para que el mismo teléfono sea siempre el mismo estudiante.",
        lifetime: "1 año",
      },
      session: {
        what: "Solo si inicias sesión: tu sesión, con un identificador de la cuenta de tu escuela o de tu proveedor y el nombre que esa cuenta da. Va cifrada. En el sitio publicado, su nombre empieza con __Secure-.",
        lifetime: "30 días después de tu última visita",
      },
      signingIn: {
        what: "Solo mientras inicias sesión: protegen el inicio de sesión contra falsificaciones y te devuelven a la página de la que venías.",
        lifetime: "hasta que cierres el navegador, o 15 minutos",
      },
      ltiLogin: {
        what: "Solo mientras la plataforma de aprendizaje de tu escuela abre el sitio: un valor al azar que une la respuesta de la plataforma a este navegador, para que nadie más pueda usarla. Si el navegador rechaza la cookie dentro de la página de la plataforma, la plataforma guarda ese mismo valor para el sitio, si lo ofrece.",
        lifetime: "10 minutos",
      },
      sessionHint: {
        what: "Solo dice «alguien inició sesión aquí», para que las páginas pidan tu nombre solo en ese caso. No lleva ningún identificador ni nombre.",
        lifetime: "1 año; se borra cuando cierras sesión",
      },
      level: {
        what: "Si elegiste el texto normal o el más fácil de leer.",
        lifetime: "1 año",
      },
      language: {
        what: "Si elegiste leer los resúmenes en inglés o en español.",
        lifetime: "1 año",
      },
      readingSettings: {
        what: "Tu tamaño de texto y tu espacio entre líneas. Se queda en este dispositivo; nunca se nos envía.",
        lifetime: "hasta que lo borres",
      },
      listenRate: {
        what: "La velocidad de lectura en voz alta que elegiste. Se queda en este dispositivo; nunca se nos envía.",
        lifetime: "hasta que lo borres",
      },
      quizDraft: {
        what: "Respuestas que todavía no enviaste, para que no se pierda nada si recargas la página o se corta la señal. Se queda en este dispositivo.",
        lifetime: "hasta que se guarden las respuestas",
      },
    },
    questionsHeading: "Preguntas",
    questions:
      "Pregúntale a tu docente o a tu escuela: ellos decidieron usar este sitio y pueden decirte quién lo administra para ellos.",
  },

  me: {
    title: "Mi progreso",
    heading: "Mi progreso",
    signedIn: (name) =>
      rich(
        "Iniciaste sesión como ",
        name ?? "usuario sin nombre",
        ": tus intentos se guardan con tu cuenta, en cada dispositivo donde inicies sesión.",
      ),
    account: "Cuenta",
    anonymous: rich(
      "Tus intentos se guardan en nuestro servidor, vinculados a este navegador por una cookie; sin cuenta y sin datos personales. ",
      "Inicia sesión",
      " para tenerlos tanto en tu teléfono como en tu laptop.",
    ),
    none: rich(
      "Todavía no hay intentos de cuestionario. ",
      "Elige un resumen",
      ", léelo y luego haz su cuestionario.",
    ),
    attempts: "Intentos",
    best: "Mejor",
    last: "Último",
    missed: "Lo que fallaste la última vez",
    allRight: "La última vez acertaste todo.",
    retry: "Reintentar lo que fallé",
    lastResult: "Último resultado",
  },

  yourData: {
    heading: "Tus datos",
    deleted: ({ attempts, classes }) =>
      `Borramos ${plural(attempts, "intento de cuestionario", "intentos de cuestionario")} y tu lugar en ${plural(classes, "clase", "clases")}.`,
    keptFor: (days) =>
      `Guardamos tus respuestas y puntajes de los cuestionarios durante ${plural(days, "día", "días")} después de la última vez que hiciste un cuestionario o te uniste a una clase; tu apodo y tus resultados en una clase se quedan hasta que se borre la clase.`,
    privacyLink: "Qué guardamos y quién lo ve",
    download: "Descargar mis datos (JSON)",
    deleteHeading: "Borrar mis datos",
    deleteNote:
      "Borra tus intentos, y tu apodo y tus resultados de todas las clases a las que te uniste (tu docente ya no los verá). Si iniciaste sesión, se cerrará tu sesión. Las clases que das no se borran aquí: bórralas desde tu lista de clases. Esto no se puede deshacer.",
    confirm: "Sí, borrar todo",
    tickToConfirm: "Marca la casilla para confirmar.",
    deleteButton: "Borrar mis datos",
  },

  signIn: {
    title: "Iniciar sesión",
    heading: "Iniciar sesión",
    signedInHeading: "Ya iniciaste sesión",
    errors: {
      AccessDenied: "Se canceló o se rechazó el inicio de sesión. Puedes intentarlo de nuevo.",
      Configuration: "Esa forma de iniciar sesión no está configurada en este sitio.",
      Verification: "Ese enlace para iniciar sesión ya venció. Inténtalo de nuevo.",
      RateLimited:
        "Demasiados intentos de iniciar sesión desde esta red. Vuelve a intentarlo en unos minutos.",
      other: "No se pudo iniciar sesión. Inténtalo de nuevo o usa otra forma.",
    },
    signedIn: (name) =>
      rich(
        "Iniciaste sesión como ",
        name ?? "usuario sin nombre",
        ". Tu progreso en los cuestionarios se guarda con tu cuenta, en cada dispositivo donde inicies sesión.",
      ),
    myProgress: "Mi progreso",
    signOut: "Cerrar sesión",
    intro:
      "No necesitas una cuenta para leer ni para hacer cuestionarios. Inicia sesión para tener tu progreso tanto en tu teléfono como en tu laptop; los intentos hechos en este navegador pasan a tu cuenta.",
    continueWith: (provider) => `Continuar con ${provider}`,
    localHeading: "Continuar como… (solo en esta computadora)",
    localNote:
      "Para probar el sitio en una sola computadora: sin contraseña, solo un nombre. Cualquiera que use este sitio aquí puede continuar con el mismo nombre y ver su progreso.",
    notSetUp:
      "Todavía no se puede iniciar sesión en este sitio. Tu progreso se sigue guardando en este navegador.",
    keepsHeading: "Qué se guarda al iniciar sesión",
    keeps: [
      "Un identificador del servicio con el que inicias sesión, y el nombre que nos da.",
      "Tus intentos de cuestionario: respuestas, puntajes y fechas.",
    ],
    keepsNotHeading: "Qué no se guarda",
    keepsNot: [
      "Ninguna contraseña, ningún correo electrónico, ninguna foto de perfil, ningún contacto.",
      "Nada se comparte con otros lectores ni se vende; no hay anuncios.",
    ],
    form: {
      label: "Tu nombre o un apodo",
      submit: "Continuar",
      pending: "Iniciando sesión…",
    },
    nameRequired: "Escribe el nombre con el que quieres continuar.",
    nameTooLong: (max) => `Como máximo ${max} caracteres.`,
    nameCharacters: "Solo letras, números, espacios y . ' -",
    localOff: "Aquí no se puede iniciar sesión con un nombre.",
    failed: "Eso no funcionó. Inténtalo de nuevo.",
    limited: ({ retryAfterSeconds, unavailable }) =>
      unavailable
        ? `No pudimos comprobar esta solicitud ahora mismo. Vuelve a intentarlo en ${esperaTexto(retryAfterSeconds)}.`
        : `Demasiados intentos de iniciar sesión desde esta red. Vuelve a intentarlo en ${esperaTexto(retryAfterSeconds)}.`,
  },
};
