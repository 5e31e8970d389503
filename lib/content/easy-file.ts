/** The easier version of a briefing's text (optional): same facts per section, plainer words. */
export const EASY_FILE = "briefing.easy.json";
