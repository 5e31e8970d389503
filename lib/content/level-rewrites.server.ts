import { LANG_COOKIE } from "../i18n/lang";
import { slugsWith, slugsWithEasyText } from "./content-folders.server";
import { EASY_FILE } from "./easy-file";
import { LEVEL_COOKIE } from "./reading-level-choice";

const cookie = (key: string, value: string) => ({ type: "cookie" as const, key, value });

/** The briefings with a Spanish edition, and those of them with an easier Spanish text. */
function spanishSlugs() {
  return { all: slugsWith("es"), easy: slugsWith(`es/${EASY_FILE}`) };
}

/**
 * next.config.ts rewrites: a reader's remembered choices, served without running any code.
 * /<slug> serves /es/<slug> to a reader whose language cookie says "es", and the easier page
 * (/<slug>/easy, /es/<slug>/easy) to one whose level cookie says "easy", for the briefings
 * that have them (only those, so a single-segment route such as /me is never touched). The
 * most specific rule comes first.
 */
export function choiceRewrites() {
  const easy = slugsWithEasyText();
  const spanish = spanishSlugs();
  const rules = [];
  if (spanish.easy.length > 0) {
    rules.push({
      source: `/:slug(${spanish.easy.join("|")})`,
      has: [cookie(LANG_COOKIE, "es"), cookie(LEVEL_COOKIE, "easy")],
      destination: "/es/:slug/easy",
    });
  }
  if (spanish.all.length > 0) {
    rules.push({
      source: `/:slug(${spanish.all.join("|")})`,
      has: [cookie(LANG_COOKIE, "es")],
      destination: "/es/:slug",
    });
  }
  if (spanish.easy.length > 0) {
    rules.push({
      source: `/es/:slug(${spanish.easy.join("|")})`,
      has: [cookie(LEVEL_COOKIE, "easy")],
      destination: "/es/:slug/easy",
    });
  }
  if (easy.length > 0) {
    rules.push({
      source: `/:slug(${easy.join("|")})`,
      has: [cookie(LEVEL_COOKIE, "easy")],
      destination: "/:slug/easy",
    });
  }
  return rules;
}
