import type { Level } from "@/lib/content/reading-level-choice";
import type { Dictionary } from "@/lib/i18n/en";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";

type Props = {
  slug: string;
  level: Level;
  lang: Lang;
  t: Dictionary["briefing"];
  /** On a class's page: come back to it (its quiz is the class's), not the public briefing. */
  classCode?: string;
};

const LINK =
  "inline-flex min-h-11 items-center rounded-md px-3 font-medium text-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent aria-[current=page]:bg-accent-ink aria-[current=page]:text-white dark:aria-[current=page]:bg-accent dark:aria-[current=page]:text-paper";
const NAV = "inline-flex flex-wrap gap-1 rounded-lg border border-rule bg-card p-1 text-sm";

/**
 * "Standard" / "Easier to read": the same facts, two levels of wording. Plain links (no
 * prefetch: following one sets a cookie) through /level, which remembers the choice.
 */
export function LevelSwitch({ slug, level, lang, t, classCode }: Props) {
  const option = (to: Level, label: string) => (
    <a
      href={routes.chooseLevel(slug, to, classCode, lang)}
      aria-current={level === to ? "page" : undefined}
      className={LINK}
    >
      {label}
    </a>
  );
  return (
    <nav aria-label={t.levelNav} className={NAV}>
      {option("standard", t.standard)}
      {option("easy", t.easier)}
    </nav>
  );
}

/** Each language named in itself, so a reader finds theirs whatever the page is in. */
const NAMES: Record<Lang, string> = { en: "English", es: "Español" };

/**
 * English / Español, beside the level switch: the same facts and quiz in another language.
 * Plain links through /language, which remembers the choice, as /level does the level's.
 */
export function LanguageSwitch(props: {
  slug: string;
  level: Level;
  lang: Lang;
  langs: Lang[];
  t: Dictionary["briefing"];
  /** On a class's page: the switch returns to the class, in the other language. */
  classCode?: string;
}) {
  const { slug, level, lang, langs, t, classCode } = props;
  return (
    <nav aria-label={t.languageNav} className={NAV}>
      {langs.map((to) => (
        <a
          key={to}
          href={routes.chooseLanguage(slug, to, level, classCode)}
          hrefLang={to}
          lang={to}
          aria-current={lang === to ? "page" : undefined}
          className={LINK}
        >
          {NAMES[to]}
        </a>
      ))}
    </nav>
  );
}
