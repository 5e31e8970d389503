import { BarChart } from "@/components/classes/bar-chart";
import type { Dashboard } from "./types";

type Props = Pick<Dashboard, "distribution">;

/** How many students fall in each score band. */
export function ScoreDistribution({ distribution }: Props) {
  return (
    <section aria-labelledby="distribution" className="mt-10">
      <h2 id="distribution" className="text-2xl font-bold tracking-tight">
        Scores
      </h2>
      <div className="mt-3">
        <BarChart
          title="Number of students per score band"
          rows={distribution.map((d) => ({
            label: d.label.replace("–", "-"),
            value: d.count,
          }))}
          max={Math.max(1, ...distribution.map((d) => d.count))}
        />
      </div>
    </section>
  );
}
