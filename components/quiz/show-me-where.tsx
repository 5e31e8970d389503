import type { Fact } from "@/lib/content/schemas";
import { routes } from "@/lib/links/routes";

/**
 * "Show me where (who says so)": to the fact in the briefing. A plain link, not a client
 * transition: only a real navigation updates :target, which is what highlights the fact.
 */
export function ShowMeWhere({ slug, fact }: { slug: string; fact: Fact | undefined }) {
  if (!fact) return null;
  return (
    <a href={routes.fact(slug, fact.id)} className="show-me-where">
      <span>
        Show me where <span className="font-normal text-muted">({fact.attribution})</span>
      </span>
    </a>
  );
}
