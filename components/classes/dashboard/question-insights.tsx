import { BarChart } from "@/components/classes/bar-chart";
import { InsightItem } from "./insight-item";
import type { Dashboard } from "./types";

type Props = {
  insights: Dashboard["insights"];
  slug: Dashboard["klass"]["slug"];
  facts: Dashboard["briefing"]["facts"];
};

/** Share of students right per question, as a chart, then most missed first. */
export function QuestionInsights({ insights, slug, facts }: Props) {
  const factsById = new Map(facts.map((f) => [f.id, f]));
  return (
    <section aria-labelledby="accuracy" className="mt-10">
      <h2 id="accuracy" className="text-2xl font-bold tracking-tight">
        Question by question
      </h2>
      <p className="text-sm text-muted">
        Share of students fully right, from their latest attempt. Below: most missed first.
      </p>
      <div className="mt-3">
        <BarChart
          title="Percent of students right, per question"
          rows={insights.map((q) => ({ label: `Q${q.number}`, value: q.percent }))}
          max={100}
          unit="%"
        />
      </div>
      <ol className="mt-4 space-y-3" data-testid="insights">
        {/* Most missed first: what to reteach is at the top. */}
        {[...insights]
          .sort((a, b) => a.percent - b.percent || a.number - b.number)
          .map((q) => (
            <InsightItem key={q.questionId} insight={q} slug={slug} facts={factsById} />
          ))}
      </ol>
    </section>
  );
}
