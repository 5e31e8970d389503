import { attributionsOf, factAnchor } from "@/lib/content/display";
import type { Fact } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/en";
import { OriginalWords } from "./original-words";

type Props = {
  facts: Fact[];
  numbers: Map<string, number>;
  t: Dictionary["briefing"];
  /** In a translation: the source's English words of each fact's evidence, by fact id. */
  originals?: Record<string, string>;
};

/**
 * The marker under every paragraph or item: who says so at a glance, and on tap the exact
 * words of the source. A native <details> element, so it works without JavaScript.
 */
export function FactMarker({ facts, numbers, t, originals }: Props) {
  const who = attributionsOf(facts);
  return (
    <details className="marker" data-testid="fact-marker">
      <summary>
        <span>
          <b>{who.length > 1 ? t.sources : t.source}:</b> {who.join(" · ")}
        </span>
      </summary>
      <ul data-testid="fact-evidence">
        {facts.map((fact) => (
          <li key={fact.id}>
            <p>{fact.attribution}</p>
            <blockquote>{fact.evidence}</blockquote>
            <OriginalWords original={originals?.[fact.id]} t={t} />
            <a href={`#${factAnchor(fact.id)}`}>{t.factInList(numbers.get(fact.id)!)}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
