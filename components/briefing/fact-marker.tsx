import { attributionsOf, factAnchor } from "@/lib/content/display";
import type { Fact } from "@/lib/content/schemas";

type Props = { facts: Fact[]; numbers: Map<string, number> };

/**
 * The marker under every paragraph or item: who says so at a glance, and on tap the exact
 * words of the source. A native <details> element, so it works without JavaScript.
 */
export function FactMarker({ facts, numbers }: Props) {
  const who = attributionsOf(facts);
  return (
    <details className="marker" data-testid="fact-marker">
      <summary>
        <span>
          <b>{who.length > 1 ? "Sources" : "Source"}:</b> {who.join(" · ")}
        </span>
      </summary>
      <ul data-testid="fact-evidence">
        {facts.map((fact) => (
          <li key={fact.id}>
            <p>{fact.attribution}</p>
            <blockquote>{fact.evidence}</blockquote>
            <a href={`#${factAnchor(fact.id)}`}>Fact {numbers.get(fact.id)} in the evidence list</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
