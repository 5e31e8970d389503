import type { Section } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/en";
import { BACKGROUND_SECTION_ID } from "./background-list";

/** Sticky jump links plus a scroll-linked progress bar; CSS only, so no JavaScript ships. */
export function SectionNav({
  sections,
  background,
  t,
}: {
  sections: Section[];
  background: boolean;
  t: Dictionary["briefing"];
}) {
  const links = [
    ...sections.map((s) => ({ id: s.id, label: s.heading })),
    ...(background ? [{ id: BACKGROUND_SECTION_ID, label: t.wordsToKnow }] : []),
    { id: FACTS_SECTION_ID, label: t.factsLink },
  ];
  return (
    <nav
      aria-label={t.sections}
      className="sticky top-0 z-10 -mx-4 mt-6 border-b border-rule bg-paper/95 backdrop-blur"
    >
      <ul className="flex gap-1 overflow-x-auto px-4 [scrollbar-width:none] md:flex-wrap">
        {links.map((link) => (
          <li key={link.id} className="shrink-0">
            <a
              href={`#${link.id}`}
              className="flex min-h-11 items-center rounded px-2 text-sm whitespace-nowrap text-muted hover:text-ink"
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <div aria-hidden="true" className="reading-progress h-0.5 origin-left scale-x-0 bg-accent" />
    </nav>
  );
}

export const FACTS_SECTION_ID = "facts";
