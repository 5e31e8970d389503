// The English words of the account pages (/privacy, /me, /signin); account-es.ts says the
// same in Spanish. Kept apart from en.ts (the shell and the briefing) so each page set owns its
// words. A sentence with a link or bold words inside is split where the markup goes: `Rich` is
// [before, the marked words, after], so each language puts the marked words where it needs them.

/** A sentence with one marked part (bold or a link) in it: [before, marked, after]. */
export type Rich = readonly [before: string, marked: string, after: string];

/** What a refused request carries (lib/rate-limit's Limited): enough to word the wait. */
type Refusal = { message: string; retryAfterSeconds: number; unavailable?: boolean };

/** Auth.js's `?error=` codes that get their own words on /signin; any other gets `other`. */
type SignInErrors = {
  AccessDenied: string;
  Configuration: string;
  Verification: string;
  RateLimited: string;
  other: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A sentence whose middle part is marked up (bold, a link); see `Rich`. */
export const rich = (before: string, marked: string, after: string): Rich => [
  before,
  marked,
  after,
];

export const accountEn = {
  privacy: {
    title: "Privacy: what we keep",
    description:
      "What Briefing & Quiz keeps about you, for how long, who sees it, and every cookie.",
    heading: "What we keep, and who sees it",
    summary:
      "The short version: we keep your quiz answers so you can see your progress, and your nickname in a class so your teacher can see how the class did. No e-mail, no real name unless you sign in, no ads, no tracking, and nothing is sold or given to anyone.",
    storeHeading: "What we store",
    store: [
      rich(
        "",
        "A random id for your browser",
        ", in a cookie. It is how we know which quiz attempts are yours without an account.",
      ),
      rich(
        "",
        "Your quiz attempts",
        ": which briefing, when, in which language, the answers you picked and your score.",
      ),
      rich(
        "",
        "In a class you join",
        ": the nickname you choose, when you joined, and the score, answers and language of your latest and best attempt in that class.",
      ),
      rich(
        "",
        "If you sign in",
        ": an id from the account you sign in with (for example your school's) and the display name it gives us. We never get or keep your e-mail address, password or picture.",
      ),
      rich(
        "",
        "If you open it from your school's learning platform",
        " (LTI: Canvas, Moodle and others): a scrambled code (a hash) of the platform's id for you, so you are the same student each time, and your first name as the platform gives it, as your nickname in that activity's class. When the activity has a grade, your score in it is sent to your teacher's gradebook on the platform after each attempt: for that we keep, with the class and deleted with it, the platform's id for you and where in the gradebook the score goes. We never get or keep your e-mail address, picture or other details the platform holds.",
      ),
      rich(
        "",
        "To stop abuse",
        ": short-lived counters of how often a network or a browser sends answers or joins classes, kept as a scrambled code (a hash), never your address. They are deleted within a few hours.",
      ),
    ],
    whereHeading: "Where, and for how long",
    where:
      "On the server that runs this site: a database file on that server, or, where the site runs on Vercel, its KV database. Nowhere else.",
    attemptsKept: (days: number) =>
      rich(
        "Your attempts are deleted ",
        `${days} days`,
        " after you last took a quiz or joined a class. Each new attempt starts the count again.",
      ),
    classesKept: (days: number) =>
      rich(
        "Your nickname and results in a class stay with that class: it is deleted, with every student's nickname and results, ",
        `${days} days`,
        " after it closes, or sooner if your teacher deletes it. You can take yours out sooner yourself (below).",
      ),
    /** The link goes to /me's "Your data": its words are that page's heading and section's. */
    deleteAnyTime: rich(
      "You can delete everything about you at any time, at once (a teacher's own classes are deleted from their class list instead): ",
      "My progress → Your data",
      ". You can download it there first.",
    ),
    whoHeading: "Who can see it",
    who: [
      rich("", "Only you", " see your own attempts and progress."),
      rich(
        "",
        "Your teacher",
        " sees, for their own class only: your nickname, when you joined, your answers and scores in that class. They can rename you or remove you from the class. They do not see your other attempts, your account, or other classes.",
      ),
      rich("", "Other students", " see nothing of yours."),
      rich(
        "",
        "Nobody else.",
        " We use no analytics, no advertising and no third-party scripts or fonts. The site does not load anything from other companies.",
      ),
    ],
    cookiesHeading: "Cookies and what stays on your device",
    cookiesNote:
      "Every cookie is needed for the site to work, and none tracks you across other sites.",
    kinds: { cookie: "cookie", device: "on this device only" },
    kept: "Kept:",
    /** Each thing the browser keeps (lib/privacy/storage-list.ts names them). */
    items: {
      anonymousId: {
        what: "A random id for this browser, so your quiz attempts are yours without an account. Signed, so nobody can make one up.",
        lifetime: "1 year",
      },
      classMember: {
        what: "Who you are in a class you joined (a random student id), so the same phone is the same student.",
        lifetime: "1 year",
      },
      session: {
        what: "Only if you sign in: your sign-in, holding an id from your school's or provider's account and the name it gives. Encrypted. On the live site its name starts with __Secure-.",
        lifetime: "30 days after your last visit",
      },
      signingIn: {
        what: "Only while you sign in: protect the sign-in from forgery and return you to the page you came from.",
        lifetime: "until you close the browser, or 15 minutes",
      },
      ltiLogin: {
        what: "Only while your school's learning platform opens the site: a random value that ties the platform's answer to this browser, so nobody else can use it. Where the browser refuses the cookie inside the platform's page, the platform keeps the same value for the site instead, if it offers to.",
        lifetime: "10 minutes",
      },
      sessionHint: {
        what: "Says only “someone signed in here”, so pages ask for your name only then. No id or name in it.",
        lifetime: "1 year, removed when you sign out",
      },
      level: {
        what: "Whether you chose the standard or the easier text.",
        lifetime: "1 year",
      },
      language: {
        what: "Whether you chose to read briefings in English or in Spanish.",
        lifetime: "1 year",
      },
      readingSettings: {
        what: "Your text size and line spacing. Stays on this device; never sent to us.",
        lifetime: "until you clear it",
      },
      listenRate: {
        what: "The reading-aloud speed you chose. Stays on this device; never sent to us.",
        lifetime: "until you clear it",
      },
      quizDraft: {
        what: "Answers you have not sent yet, so a reload or lost signal loses nothing. Stays on this device.",
        lifetime: "until the answers are saved",
      },
    },
    questionsHeading: "Questions",
    questions:
      "Ask your teacher or your school: they chose to use this site and can tell you who runs it for them.",
  },

  me: {
    title: "My progress",
    heading: "My progress",
    /** Who is signed in; `name` is the account's, when it gives one. */
    signedIn: (name: string | null | undefined) =>
      rich(
        "Signed in as ",
        name ?? "you",
        ": your attempts are kept with your account, on every device where you sign in.",
      ),
    account: "Account",
    anonymous: rich(
      "Your attempts are kept on our server, linked to this browser by a cookie; no account and no personal details. ",
      "Sign in",
      " to keep them on your phone and laptop alike.",
    ),
    none: rich("No quiz attempts yet. ", "Pick a briefing", ", read it, then take its quiz."),
    attempts: "Attempts",
    best: "Best",
    last: "Last",
    missed: "Missed last time",
    allRight: "Everything right last time.",
    retry: "Retry what I missed",
    lastResult: "Last result",
  },

  yourData: {
    heading: "Your data",
    deleted: ({ attempts, classes }: { attempts: number; classes: number }) =>
      `Deleted: ${plural(attempts, "quiz attempt", "quiz attempts")} and your place in ${plural(classes, "class", "classes")}.`,
    keptFor: (days: number) =>
      `We keep your quiz answers and scores for ${days} days after you last take a quiz or join a class; your nickname and results in a class stay until the class is deleted.`,
    privacyLink: "What we keep and who sees it",
    download: "Download my data (JSON)",
    deleteHeading: "Delete my data",
    deleteNote:
      "Deletes your attempts, and your nickname and results from every class you joined (your teacher will no longer see them). If you are signed in, you are signed out. Classes you teach are not deleted here: delete them from your class list. This cannot be undone.",
    confirm: "Yes, delete everything",
    tickToConfirm: "Tick the box to confirm.",
    deleteButton: "Delete my data",
  },

  signIn: {
    title: "Sign in",
    heading: "Sign in",
    signedInHeading: "You are signed in",
    errors: {
      AccessDenied: "Signing in was cancelled or refused. You can try again.",
      Configuration: "That way of signing in is not set up on this site.",
      Verification: "That sign-in link has expired. Try again.",
      RateLimited: "Too many sign-in attempts from this network. Try again in a few minutes.",
      other: "Signing in did not work. Try again, or use another way.",
    } satisfies SignInErrors,
    signedIn: (name: string | null | undefined) =>
      rich(
        "Signed in as ",
        name ?? "you",
        ". Your quiz progress is kept with your account, on every device where you sign in.",
      ),
    myProgress: "My progress",
    signOut: "Sign out",
    intro:
      "You do not need an account to read or take quizzes. Sign in to keep your progress on your phone and your laptop alike; the attempts made in this browser move to your account.",
    continueWith: (provider: string) => `Continue with ${provider}`,
    localHeading: "Continue as… (this computer only)",
    localNote:
      "For trying the site on one machine: no password, just a name. Anyone using this site here can continue under the same name and see its progress.",
    notSetUp:
      "Signing in is not set up on this site yet. Your progress is still kept in this browser.",
    keepsHeading: "What signing in keeps",
    keeps: [
      "An id from the service you sign in with, and the name it gives us.",
      "Your quiz attempts: answers, scores and dates.",
    ],
    keepsNotHeading: "What it does not keep",
    keepsNot: [
      "No password, no e-mail address, no profile picture, no contacts.",
      "Nothing is shared with other readers or sold; there are no ads.",
    ],
    /** The "Continue as…" form (a client component: it gets these as plain strings). */
    form: {
      label: "Your name or a nickname",
      submit: "Continue",
      pending: "Signing in…",
    },
    /** The form's checks (lib/auth/local-sign-in-schema.ts), in the browser and the action. */
    nameRequired: "Enter the name to continue as.",
    nameTooLong: (max: number) => `At most ${max} characters.`,
    nameCharacters: "Letters, digits, spaces and . ' - only.",
    localOff: "Signing in by name is not available here.",
    failed: "That did not work. Try again.",
    /** Too many tries: the rate limiter's own English words say the wait. */
    limited: (refusal: Refusal) => refusal.message,
  },
};

export type AccountWords = typeof accountEn;
