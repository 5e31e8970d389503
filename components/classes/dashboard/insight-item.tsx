import { WhyNot } from "@/components/quiz/why-not";
import type { Dashboard } from "./types";
import { routes } from "@/lib/links/routes";

type Fact = Dashboard["briefing"]["facts"][number];

type Props = {
  insight: Dashboard["insights"][number];
  slug: Dashboard["klass"]["slug"];
  facts: Map<string, Fact>;
};

/** One question: how many got it right, the most chosen wrong answer and why, where to reteach. */
export function InsightItem({ insight: q, slug, facts }: Props) {
  return (
    <li className="rounded-lg border border-rule p-3" data-question={q.questionId}>
      <p className="font-semibold">
        Q{q.number}. {q.prompt}
      </p>
      <p className="mt-1 text-sm">
        <strong data-testid="percent">{q.percent}%</strong> right ({q.right} of {q.answered})
        {q.commonWrong && (
          <>
            {" "}
            · most chosen wrong answer: <em>{q.commonWrong.text}</em> ({q.commonWrong.count})
          </>
        )}
      </p>
      {q.commonWrong && (
        <WhyNot
          lang="en"
          answer={q.commonWrong.text}
          reason={q.commonWrong.reason}
          slug={slug}
          facts={facts}
        />
      )}
      {q.percent < 100 && (
        <a href={routes.fact(slug, q.factId)} className="show-me-where text-sm">
          Show me where, to reteach
        </a>
      )}
    </li>
  );
}
