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
    <details className="group mt-1 text-sm" data-testid="fact-marker">
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded text-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent">
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="chevron size-3 shrink-0 transition-transform motion-reduce:transition-none"
        >
          <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span>
          <span className="font-medium">{who.length > 1 ? "Sources" : "Source"}:</span>{" "}
          {who.join(" · ")}
        </span>
      </summary>
      <ul className="mb-3 space-y-3 border-l-2 border-accent pl-3" data-testid="fact-evidence">
        {facts.map((fact) => (
          <li key={fact.id}>
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">
              {fact.attribution}
            </p>
            <blockquote className="mt-0.5 font-serif text-ink italic">{fact.evidence}</blockquote>
            <a
              href={`#${factAnchor(fact.id)}`}
              className="inline-flex min-h-11 items-center text-accent-ink underline underline-offset-2"
            >
              Fact {numbers.get(fact.id)} in the evidence list
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
