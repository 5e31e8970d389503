import type { Person } from "@/lib/content/people";

/** Who's who, before the first question names anyone: each person with their role. */
export function PeopleLine({ people, label }: { people: Person[]; label: string }) {
  if (people.length === 0) return null;
  return (
    <p className="mt-3 text-sm leading-relaxed text-muted" data-testid="people-line">
      <span className="font-semibold text-ink">{label} </span>
      {people.map((p, i) => (
        <span key={p.name}>
          {i > 0 && " · "}
          <span className="text-ink">{p.name}</span>, {p.role}
        </span>
      ))}
    </p>
  );
}
