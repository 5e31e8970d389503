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
};

export type Dictionary = typeof en;
