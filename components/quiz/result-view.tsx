import Link from "next/link";
import type { Fact } from "@/lib/content/schemas";
import { formatScore } from "@/lib/quiz/format-score";
import { percent } from "@/lib/quiz/progress";
import type { ReviewItem } from "@/lib/quiz/review";
import { isCorrect } from "@/lib/quiz/score";
import type { AttemptRecord } from "@/lib/quiz/attempt";
import type { Person } from "@/lib/content/people";
import { ListenButton } from "@/components/listen/listen-button";
import { PeopleLine } from "./people-line";
import { ShowMeWhere } from "./show-me-where";
import { WhyNot } from "./why-not";
import { routes } from "@/lib/links/routes";

type Props = {
  /** A class that has not revealed answers yet: the score, nothing that gives answers away. */
  scoreOnly?: boolean;
  slug: string;
  attempt: AttemptRecord;
  review: ReviewItem[];
  facts: Map<string, Fact>;
  /** The people the review names, with their roles, shown before it names them. */
  people: Person[];
};

export function ResultView({ scoreOnly = false, slug, attempt, review, facts, people }: Props) {
  const missed = review.filter((r) => !isCorrect(r.credit));
  if (scoreOnly) {
    return (
      <div className="mt-4 rounded-lg border border-rule bg-card p-4" role="status">
        <Score attempt={attempt} />
        <p className="mt-1 text-muted">{percent(attempt)}%</p>
      </div>
    );
  }
  return (
    <>
      <div className="mt-4 rounded-lg border border-rule bg-card p-4" role="status">
        <Score attempt={attempt} />
        <p className="mt-1 text-muted">
          {percent(attempt)}% · {review.length - missed.length} fully right, {missed.length} to look
          at again
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          {missed.length > 0 && (
            <Link href={routes.retry(slug, attempt.attemptId)} className="button-primary">
              Retry the {missed.length} I missed
            </Link>
          )}
          <Link href={routes.quiz(slug)} className="button-secondary">
            Take the whole quiz again
          </Link>
          <Link href={routes.me()} className="button-secondary">
            My progress
          </Link>
        </div>
      </div>

      <PeopleLine people={people} />
      <ol className="mt-8 space-y-6">
        {review.map((item, i) => (
          <li key={item.id} id={`q-${item.id}`} className="rounded-lg border border-rule p-4">
            {/* As tall as the Listen button either way: showing it after load moves nothing. */}
            <div className="flex min-h-11 items-center justify-between gap-3">
              <p className="text-sm font-semibold">
                <Verdict credit={item.credit} /> Question {i + 1}
              </p>
              <ListenButton target={`q-${item.id}`} label={`Listen to question ${i + 1}`} />
            </div>
            <h2 data-read className="mt-1 text-lg font-bold leading-snug">
              {item.prompt}
            </h2>
            <dl className="mt-3 space-y-2">
              <Answer
                label="Your answer"
                lines={item.yours.length ? item.yours : ["(no answer)"]}
              />
              {!isCorrect(item.credit) && <Answer label="Right answer" lines={item.right} />}
            </dl>
            {item.whyNot.map((pick) => (
              <WhyNot
                key={pick.yours}
                answer={pick.yours}
                reason={pick.reason}
                slug={slug}
                facts={facts}
              />
            ))}
            <p data-read className="mt-3 leading-relaxed">
              {item.explanation}
            </p>
            <ul className="mt-2" data-testid="question-evidence">
              {item.facts.map((id) => (
                <li key={id}>
                  <ShowMeWhere slug={slug} fact={facts.get(id)} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

function Score({ attempt }: { attempt: AttemptRecord }) {
  return (
    <p className="text-4xl font-bold tracking-tight">
      {formatScore(attempt.score)} <span className="text-xl text-muted">of {attempt.maxScore}</span>
    </p>
  );
}

function Verdict({ credit }: { credit: number }) {
  if (isCorrect(credit)) return <span className="verdict verdict-right">Right</span>;
  if (credit > 0)
    return (
      <span className="verdict verdict-partial">Partly right ({Math.round(credit * 100)}%)</span>
    );
  return <span className="verdict verdict-wrong">Not right</span>;
}

function Answer({ label, lines }: { label: string; lines: string[] }) {
  return (
    <div>
      <dt data-read className="text-xs font-semibold tracking-wide text-muted uppercase">
        {label}
      </dt>
      {lines.map((line, i) => (
        <dd key={i} data-read>
          {line}
        </dd>
      ))}
    </div>
  );
}
