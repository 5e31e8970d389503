import type { Fact } from "@/lib/content/schemas";
import { routes } from "@/lib/links/routes";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

type Props = { slug: string; fact: Fact | undefined; lang: Lang };

/**
 * "Show me where (who says so)": to the fact in the briefing. A plain link, not a client
 * transition: only a real navigation updates :target, which is what highlights the fact.
 */
export function ShowMeWhere({ slug, fact, lang }: Props) {
  if (!fact) return null;
  return (
    <a href={routes.fact(slug, fact.id, lang)} className="show-me-where">
      <span>
        {dictionary(lang).quiz.showMeWhere}{" "}
        <span className="font-normal text-muted">({fact.attribution})</span>
      </span>
    </a>
  );
}
