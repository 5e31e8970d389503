import { displayQuote } from "@/lib/content/display";
import type { Segment } from "@/lib/content/glossary";
import type { Fact, Section } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/en";
import { ListenButton } from "@/components/listen/listen-button";
import { FactMarker } from "./fact-marker";
import { MarkedText } from "./marked-text";
import { OriginalWords } from "./original-words";

type Props = {
  section: Section;
  factsById: Map<string, Fact>;
  numbers: Map<string, number>;
  /** The briefing's texts with glossary terms picked out (lib/content/glossary.ts). */
  marked: Map<string, Segment[]>;
  t: Dictionary["briefing"];
  /** In a translation: the English of each fact's evidence, and of a quote item by index. */
  originals?: { evidence: Record<string, string>; quote: (index: number) => string | undefined };
};

/** One briefing section, laid out by its kind; every item carries its fact marker. */
export function SectionView({ section, factsById, numbers, marked, t, originals }: Props) {
  const marker = (item: { facts: string[] }) => (
    <FactMarker
      facts={item.facts.map((id) => factsById.get(id)!)}
      numbers={numbers}
      t={t}
      originals={originals?.evidence}
    />
  );
  const text = (key: string) => <MarkedText segments={marked.get(`${section.id}.${key}`)!} t={t} />;
  // Items that rest only on what the lead-in cites read under its marker, not one each.
  const intro = section.intro;
  const itemMarker = (item: { facts: string[] }) =>
    intro && item.facts.every((id) => intro.facts.includes(id)) ? null : marker(item);
  return (
    <section id={section.id} aria-labelledby={`${section.id}-heading`} className="mt-10">
      {/* As tall as the Listen button either way: showing it after load moves nothing. */}
      <div className="flex min-h-11 items-center justify-between gap-3">
        <h2
          id={`${section.id}-heading`}
          data-read
          className="text-xl font-bold tracking-tight sm:text-2xl"
        >
          {section.heading}
        </h2>
        <ListenButton target={section.id} label={t.listenTo(section.heading)} text={t.listen} />
      </div>
      {intro && (
        <div className="mt-2">
          <p data-read className="text-muted">
            {text("intro")}
          </p>
          {marker(intro)}
        </div>
      )}
      <SectionBody
        section={section}
        marker={itemMarker}
        text={text}
        original={(i) => <OriginalWords original={originals?.quote(i)} t={t} />}
      />
    </section>
  );
}

function SectionBody({
  section,
  marker,
  text,
  original,
}: {
  section: Section;
  marker: (item: { facts: string[] }) => React.ReactNode;
  text: (key: string) => React.ReactNode;
  /** A translated quote's English original. */
  original: (index: number) => React.ReactNode;
}) {
  switch (section.layout) {
    case "paragraphs":
      return section.items.map((item, i) => (
        <div key={i} className="mt-3">
          <p data-read className="text-lg leading-relaxed">
            {text(String(i))}
          </p>
          {marker(item)}
        </div>
      ));
    case "bullets":
      return (
        <ul className="mt-3 space-y-2">
          {section.items.map((item, i) => (
            <li key={i} className="relative pl-5">
              <span
                aria-hidden="true"
                className="absolute left-0 top-3 size-2 rounded-full bg-accent"
              />
              <p data-read className="text-lg leading-relaxed">
                {text(String(i))}
              </p>
              {marker(item)}
            </li>
          ))}
        </ul>
      );
    case "people":
      return (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {section.items.map((item, i) => (
            <li key={i} className="rounded-lg border border-rule bg-card p-4">
              <p data-read className="font-semibold">
                {item.name}
              </p>
              <p data-read className="text-sm text-muted">
                {text(`${i}.role`)}
              </p>
              <p data-read className="mt-2 leading-relaxed">
                {text(String(i))}
              </p>
              {marker(item)}
            </li>
          ))}
        </ul>
      );
    case "timeline":
      return (
        <ol className="mt-4 border-l-2 border-rule">
          {section.items.map((item, i) => (
            <li key={i} className="relative pb-4 pl-5 last:pb-0">
              <span
                aria-hidden="true"
                className="absolute -left-[7px] top-1.5 size-3 rounded-full border-2 border-paper bg-accent"
              />
              <p
                data-read
                className="text-sm font-semibold uppercase tracking-wide text-accent-ink"
              >
                {item.when}
              </p>
              <p data-read className="mt-0.5 text-lg leading-relaxed">
                {text(String(i))}
              </p>
              {marker(item)}
            </li>
          ))}
        </ol>
      );
    case "quotes":
      return (
        <div className="mt-4 space-y-4">
          {section.items.map((item, i) => (
            <figure key={i} className="border-l-4 border-accent pl-4">
              <blockquote data-read className="font-serif text-lg leading-relaxed italic">
                “{displayQuote(item.quote)}”
              </blockquote>
              <figcaption className="mt-1 text-sm font-medium text-muted">
                — <span data-read>{item.speaker}</span>
              </figcaption>
              {original(i)}
              {marker(item)}
            </figure>
          ))}
        </div>
      );
  }
}
