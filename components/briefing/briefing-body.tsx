import { BackgroundList } from "@/components/briefing/background-list";
import { BriefingHeader } from "@/components/briefing/briefing-header";
import { EvidenceList } from "@/components/briefing/evidence-list";
import { QuizCta } from "@/components/briefing/quiz-cta";
import { SectionNav } from "@/components/briefing/section-nav";
import { SectionView } from "@/components/briefing/section-view";
import { SourceBlock } from "@/components/briefing/source-block";
import { LanguageSwitch, LevelSwitch } from "@/components/briefing/level-switch";
import { markBriefing } from "@/lib/content/glossary";
import { quoteKey, type Edition } from "@/lib/content/edition";
import { textAt, type Level } from "@/lib/content/reading-level-choice";
import { readingMinutes } from "@/lib/content/reading-time";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

type Props = {
  /** The briefing in the page's language (English, or a translation with its originals). */
  briefing: Edition;
  /** Which text to show: the standard one, or its easier version (same facts). */
  level?: Level;
  /** Number of quiz questions, if the briefing has a quiz. */
  questions?: number;
  /** On a class's page, its code: the level switch returns there. */
  classCode?: string;
  /** Where "Take the quiz" goes: the public quiz, or the class's. */
  quizHref: string;
  /** The languages this briefing can be read in, for the language switch. */
  langs?: Lang[];
};

/** The whole briefing, as read publicly at /<slug> (or /es/<slug>) and by a class at /c/<code>. */
export function BriefingBody({ briefing, level, classCode, questions, quizHref, langs }: Props) {
  const { briefing: t, locale } = dictionary(briefing.lang);
  const factsById = new Map(briefing.facts.map((fact) => [fact.id, fact]));
  const numbers = new Map(briefing.facts.map((fact, i) => [fact.id, i + 1]));
  const text = textAt(briefing, level);
  const shown = { ...briefing, ...text };
  const marked = markBriefing(shown);
  const evidence = briefing.originals?.evidence;
  const quotes = briefing.originals?.quotes;
  return (
    <article className="mx-auto max-w-3xl px-4">
      <BriefingHeader
        briefing={shown}
        minutes={readingMinutes(shown)}
        dek={marked.get("dek")!}
        leadFacts={shown.leadFacts.map((id) => factsById.get(id)!)}
        numbers={numbers}
        t={t}
        locale={locale}
        originals={evidence}
      />
      <div className="mt-4 flex flex-wrap gap-2">
        {briefing.easy && (
          <LevelSwitch
            slug={briefing.slug}
            level={text.level}
            lang={briefing.lang}
            t={t}
            classCode={classCode}
          />
        )}
        {langs && langs.length > 1 && (
          <LanguageSwitch
            slug={briefing.slug}
            level={text.level}
            lang={briefing.lang}
            langs={langs}
            t={t}
            classCode={classCode}
          />
        )}
      </div>
      <SectionNav sections={shown.sections} background={briefing.glossary.length > 0} t={t} />
      {shown.sections.map((section) => (
        <SectionView
          key={section.id}
          section={section}
          factsById={factsById}
          numbers={numbers}
          marked={marked}
          t={t}
          originals={
            evidence && {
              evidence,
              quote: (i) => quotes?.[quoteKey(text.level, section.id, i)],
            }
          }
        />
      ))}
      {questions !== undefined && <QuizCta href={quizHref} questions={questions} t={t} />}
      <BackgroundList glossary={briefing.glossary} t={t} />
      <EvidenceList facts={briefing.facts} t={t} originals={evidence} />
      <SourceBlock source={briefing.source} t={t} locale={locale} />
    </article>
  );
}
