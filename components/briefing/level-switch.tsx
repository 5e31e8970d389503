import type { Level } from "@/lib/content/reading-level-choice";
import { routes } from "@/lib/links/routes";

type Props = {
  slug: string;
  level: Level;
  /** On a class's page: come back to it (its quiz is the class's), not the public briefing. */
  classCode?: string;
};

/**
 * "Standard" / "Easier to read": the same facts, two levels of wording. Plain links (no
 * prefetch: following one sets a cookie) through /level, which remembers the choice.
 */
export function LevelSwitch({ slug, level, classCode }: Props) {
  const option = (to: Level, label: string) => (
    <a
      href={routes.chooseLevel(slug, to, classCode)}
      aria-current={level === to ? "page" : undefined}
      className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent aria-[current=page]:bg-accent-ink aria-[current=page]:text-white dark:aria-[current=page]:bg-accent dark:aria-[current=page]:text-paper"
    >
      {label}
    </a>
  );
  return (
    <nav
      aria-label="Reading level"
      className="mt-4 inline-flex flex-wrap gap-1 rounded-lg border border-rule bg-card p-1 text-sm"
    >
      {option("standard", "Standard")}
      {option("easy", "Easier to read")}
    </nav>
  );
}
