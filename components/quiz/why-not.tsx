import type { Reason } from "@/lib/quiz/question-types/shared";
import type { Fact } from "@/lib/content/schemas";
import { ShowMeWhere } from "./show-me-where";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

type Props = {
  /** The wrong answer in the reader's (or the class's) words. */
  answer: string;
  reason: Reason;
  slug: string;
  facts: Map<string, Fact>;
  lang: Lang;
};

/**
 * Why a wrong answer is wrong: the reason, then where the source says otherwise ("Show me
 * where", a full page load so :target highlights the fact) or that it says nothing at all.
 */
export function WhyNot({ answer, reason, slug, facts, lang }: Props) {
  const t = dictionary(lang).quiz;
  const cited = "facts" in reason ? reason.facts[0] : undefined;
  return (
    <div className="why-not" data-testid="why-not">
      <p data-read className="font-semibold">
        {t.whyNot(answer)}
      </p>
      <p data-read className="leading-relaxed">
        {reason.text}
      </p>
      {cited ? (
        <ShowMeWhere slug={slug} fact={facts.get(cited)} lang={lang} />
      ) : (
        <p data-read className="not-in-report">
          {t.notInReport}
        </p>
      )}
    </div>
  );
}
