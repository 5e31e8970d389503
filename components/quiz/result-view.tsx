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
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

type Props = {
  /** A class that has not revealed answers yet: the score, nothing that gives answers away. */
  scoreOnly?: boolean;
  slug: string;
  attempt: AttemptRecord;
  review: ReviewItem[];
  facts: Map<string, Fact>;
  /** The people the review names, with their roles, shown before it names them. */
  people: Person[];
  lang: Lang;
};

type Words = ReturnType<typeof dictionary>["quiz"];

export function ResultView({
  scoreOnly = false,
  slug,
  attempt,
  review,
  facts,
  people,
  lang,
}: Props) {
  const t = dictionary(lang).quiz;
  const missed = review.filter((r) => !isCorrect(r.credit));
  if (scoreOnly) {
    return (
      <div className="mt-4 rounded-lg border border-rule bg-card p-4" role="status">
        <Score attempt={attempt} t={t} />
        <p className="mt-1 text-muted">{percent(attempt)}%</p>
      </div>
    );
  }
  return (
    <>
      <div className="mt-4 rounded-lg border border-rule bg-card p-4" role="status">
        <Score attempt={attempt} t={t} />
        <p className="mt-1 text-muted">
          {percent(attempt)}% · {t.summary(review.length - missed.length, missed.length)}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          {missed.length > 0 && (
            <Link href={routes.retry(slug, attempt.attemptId, lang)} className="button-primary">
              {t.retryMissed(missed.length)}
            </Link>
          )}
          <Link href={routes.quiz(slug, lang)} className="button-secondary">
            {t.again}
          </Link>
          <Link href={routes.me(lang)} className="button-secondary">
            {t.myProgress}
          </Link>
        </div>
      </div>

      <PeopleLine people={people} label={t.whosWho} />
      <ol className="mt-8 space-y-6">
        {review.map((item, i) => (
          <li key={item.id} id={`q-${item.id}`} className="rounded-lg border border-rule p-4">
            {/* As tall as the Listen button either way: showing it after load moves nothing. */}
            <div className="flex min-h-11 items-center justify-between gap-3">
              <p className="text-sm font-semibold">
                <Verdict credit={item.credit} t={t} /> {t.question(i + 1)}
              </p>
              <ListenButton
                target={`q-${item.id}`}
                label={`${t.form.listenTo} ${i + 1}`}
                text={t.form.listen}
              />
            </div>
            <h2 data-read className="mt-1 text-lg font-bold leading-snug">
              {item.prompt}
            </h2>
            <dl className="mt-3 space-y-2">
              <Answer label={t.yourAnswer} lines={item.yours.length ? item.yours : [t.noAnswer]} />
              {!isCorrect(item.credit) && <Answer label={t.rightAnswer} lines={item.right} />}
            </dl>
            {item.whyNot.map((pick) => (
              <WhyNot
                key={pick.yours}
                answer={pick.yours}
                reason={pick.reason}
                slug={slug}
                facts={facts}
                lang={lang}
              />
            ))}
            <p data-read className="mt-3 leading-relaxed">
              {item.explanation}
            </p>
            <ul className="mt-2" data-testid="question-evidence">
              {item.facts.map((id) => (
                <li key={id}>
                  <ShowMeWhere slug={slug} fact={facts.get(id)} lang={lang} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

function Score({ attempt, t }: { attempt: AttemptRecord; t: Words }) {
  return (
    <p className="text-4xl font-bold tracking-tight">
      {formatScore(attempt.score)}{" "}
      <span className="text-xl text-muted">
        {t.of} {attempt.maxScore}
      </span>
    </p>
  );
}

function Verdict({ credit, t }: { credit: number; t: Words }) {
  if (isCorrect(credit)) return <span className="verdict verdict-right">{t.right}</span>;
  if (credit > 0)
    return <span className="verdict verdict-partial">{t.partly(Math.round(credit * 100))}</span>;
  return <span className="verdict verdict-wrong">{t.wrong}</span>;
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
