/** How a briefing's facts are credited (lib/content/credits.ts counts them). */
type Credits = { total: number; named: number; unnamed: number; report: number };

/** The English words of the site's shell and the briefing page; es.ts says the same in Spanish. */
export const en = {
  /** BCP 47 locale for dates. */
  locale: "en-GB",
  shell: {
    skip: "Skip to content",
    accountNav: "Account",
    myProgress: "My progress",
    signIn: "Sign in",
    account: "Account",
    about:
      "Briefings are written in our own words from a single source. Every claim links to the passage that supports it.",
    teachers: "Teachers:",
    makeClassLink: "make a class link",
    teachersAfter: "and watch results come in.",
    privacy: "Privacy",
    privacyAfter: ": what we keep about you, for how long, and how to delete it.",
    text: "Text",
    textHidden: " size and spacing",
    textSize: "Text size",
    lineSpacing: "Line spacing",
    done: "Done",
    sizes: { standard: "Standard", large: "Large", larger: "Larger", largest: "Largest" },
    spacings: { standard: "Standard", wide: "Wide" },
  },
  briefing: {
    asOf: "Briefing · as of",
    meta: (minutes: number, facts: number) => `${minutes} min read · ${facts} facts`,
    originalReporting: "Original reporting",
    listenAll: "Listen to the whole briefing",
    listenTo: (heading: string) => `Listen to “${heading}”`,
    listen: "Listen",
    notSettled: "This is a report, not a settled record.",
    reflects: (asOf: string, credits: string) =>
      `It reflects what was said as of ${asOf}, ${credits}.`,
    tapSource: ["Under every line, tap", "Source", "to see who says so and the exact words."],
    credits: ({ total, named, unnamed }: Credits) =>
      unnamed * 2 > total
        ? `mostly by people and sources it does not name (${unnamed} of ${total} facts)`
        : named * 2 > total
          ? `mostly by people it names (${named} of ${total} facts)`
          : unnamed === 0 && named === 0
            ? "in the report's own words"
            : `by people it names (${named} of ${total} facts) and sources it does not (${unnamed})`,
    sections: "Sections",
    factsLink: "The facts",
    wordsToKnow: "Words to know",
    wordsToKnowNote:
      "Background we added to help you read: it is not from the report, and no answer depends on it.",
    termLabel: "Background · not from the report",
    termAria: (term: string) => `${term}: background`,
    close: "Close",
    source: "Source",
    sources: "Sources",
    factInList: (n: number) => `Fact ${n} in the evidence list`,
    factsHeading: "The facts behind this briefing",
    factsNote:
      "Each fact in our words, who says so, and the passage of the source that supports it.",
    sourceHeading: "Source",
    builtFrom: "Built from",
    dated: "Dated",
    subject: "Subject",
    sourceNote:
      "This briefing is written in our own words and covers nothing after the source's date. It quotes only the short passages shown as evidence above, not the full report.",
    quizHeading: "Did it stick?",
    quizNote: (n: number) =>
      `${n} questions. Each answer shows the line of the source that proves it.`,
    takeQuiz: "Take the quiz",
    shareFooter: "every claim linked to its source",
    levelNav: "Reading level",
    standard: "Standard",
    easier: "Easier to read",
    easierTitle: (title: string) => `${title} (easier to read)`,
    languageNav: "Language",
    /** Our translation of the source's words, and the way to its original. */
    ourTranslation: "our translation",
    original: "Original",
  },
  quiz: {
    kicker: "Quiz",
    title: (title: string) => `Quiz: ${title}`,
    description: (title: string) =>
      `Check what you understood of “${title}”. Every answer links to the sentence of the source that proves it.`,
    intro: (n: number) => `${n} questions on`,
    introAfter: ". Scored when you submit; each answer then shows where the briefing says so.",
    whosWho: "Who’s who:",
    /** Plain strings only: a client component receives them as props (see QuizFormWords). */
    form: {
      /** "2 of 9": the word between the numbers. */
      of: "of",
      /** "Listen to question 2": the words before the number. */
      listenTo: "Listen to question",
      listen: "Listen",
      reload: "Reload the quiz",
      back: "Back",
      next: "Next",
      checking: "Checking…",
      submit: "Submit answers",
      notSent:
        "Not sent yet: check your connection. Your answers are saved on this device and we'll keep trying; you can also press Submit again.",
      stale:
        "This page was updated while you were answering. Reload it to send your answers: they are kept on this device.",
      claim: "Claim",
      choose: "Choose…",
      hints: {
        single: "Choose one.",
        multi: "Select all that apply.",
        "true-false": "True or false?",
        order: "Number them from 1 (earliest).",
        match: "Choose a match for each line.",
        evidence: "Each choice is quoted word for word from the report.",
      },
    },
    resultTitle: "Your result",
    forClass: "For your class",
    answersLater:
      "Your teacher will show the answers and explanations later: come back to this page.",
    summary: (right: number, missed: number) => `${right} fully right, ${missed} to look at again`,
    retryMissed: (n: number) => `Retry the ${n} I missed`,
    again: "Take the whole quiz again",
    myProgress: "My progress",
    question: (n: number) => `Question ${n}`,
    of: "of",
    right: "Right",
    partly: (pct: number) => `Partly right (${pct}%)`,
    wrong: "Not right",
    yourAnswer: "Your answer",
    noAnswer: "(no answer)",
    rightAnswer: "Right answer",
    whyNot: (answer: string) => `Why not “${answer}”`,
    notInReport: "Not in the report",
    showMeWhere: "Show me where",
    retryKicker: "Retry",
    retryTitle: "Retry what you missed",
    retryHeading: "The ones you missed",
    retryCount: (n: number) => `${n} question${n === 1 ? "" : "s"} from `,
    nothingToRetry: "Nothing to retry: you got every question right in ",
    thatAttempt: "that attempt",
  },
  /** A student's class pages (the teacher's stay English for now). */
  klass: {
    title: "Class",
    quizTitle: "Class quiz",
    joinKicker: "Join a class",
    youWillRead: "You will read",
    joinAfter:
      "and take its quiz. Your teacher sees your nickname and your answers; other students see nothing of yours.",
    whatTeacherSees: "What your teacher sees",
    tooMany: "Too many tries",
    removedTitle: "You were removed from this class",
    removedBefore: "Your teacher removed you from",
    removedAfter: ", and your answers are no longer part of it. You can still",
    readBriefings: "read the briefings",
    closed:
      "This class is closed: you can still read, but new answers are not sent to your teacher.",
    closedForAnswers: "This class is closed: answers are no longer sent to your teacher.",
    notFoundTitle: "We can’t find that class",
    notFound:
      "There is no class to join at this link. The code may be mistyped, or the class may be closed, deleted or no longer taking new students. Check the link or the code with your teacher. You can still",
    banner: "Class:",
    youAre: (nickname: string) => `· you are ${nickname}`,
    quizIntro: (n: number, title: string) => `${n} questions on ${title}.`,
    immediate: "You see your score and the answers as soon as you submit.",
    afterClose: "You see your score when you submit; your teacher shows the answers later.",
    /** Plain strings only: the join form is a client component. */
    form: {
      nickname: "Your nickname",
      hint: "One your teacher will recognise. Not your full name: no e-mail or account needed.",
      joining: "Joining…",
      join: "Join the class",
    },
  },
};

export type Dictionary = typeof en;
