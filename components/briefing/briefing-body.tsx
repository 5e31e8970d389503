import { BackgroundList } from "@/components/briefing/background-list";
import { BriefingHeader } from "@/components/briefing/briefing-header";
import { EvidenceList } from "@/components/briefing/evidence-list";
import { QuizCta } from "@/components/briefing/quiz-cta";
import { SectionNav } from "@/components/briefing/section-nav";
import { SectionView } from "@/components/briefing/section-view";
import { SourceBlock } from "@/components/briefing/source-block";
import { LevelSwitch } from "@/components/briefing/level-switch";
import { markBriefing } from "@/lib/content/glossary";
import type { Briefing } from "@/lib/content/parse-briefing";
import { textAt, type Level } from "@/lib/content/reading-level-choice";
import { readingMinutes } from "@/lib/content/reading-time";

type Props = {
  briefing: Briefing;
  /** Which text to show: the standard one, or its easier version (same facts). */
  level?: Level;
  /** Number of quiz questions, if the briefing has a quiz. */
  questions?: number;
  /** On a class's page, its code: the level switch returns there. */
  classCode?: string;
  /** Where "Take the quiz" goes: the public quiz, or the class's. */
  quizHref: string;
};

/** The whole briefing, as read publicly at /<slug> and by a class at /c/<code>. */
export function BriefingBody({ briefing, level, classCode, questions, quizHref }: Props) {
  const factsById = new Map(briefing.facts.map((fact) => [fact.id, fact]));
  const numbers = new Map(briefing.facts.map((fact, i) => [fact.id, i + 1]));
  const text = textAt(briefing, level);
  const shown = { ...briefing, ...text };
  const marked = markBriefing(shown);
  return (
    <article className="mx-auto max-w-3xl px-4">
      <BriefingHeader
        briefing={shown}
        minutes={readingMinutes(shown)}
        dek={marked.get("dek")!}
        leadFacts={shown.leadFacts.map((id) => factsById.get(id)!)}
        numbers={numbers}
      />
      {briefing.easy && (
        <LevelSwitch slug={briefing.slug} level={text.level} classCode={classCode} />
      )}
      <SectionNav sections={shown.sections} background={briefing.glossary.length > 0} />
      {shown.sections.map((section) => (
        <SectionView
          key={section.id}
          section={section}
          factsById={factsById}
          numbers={numbers}
          marked={marked}
        />
      ))}
      {questions !== undefined && <QuizCta href={quizHref} questions={questions} />}
      <BackgroundList glossary={briefing.glossary} />
      <EvidenceList facts={briefing.facts} />
      <SourceBlock source={briefing.source} />
    </article>
  );
}
