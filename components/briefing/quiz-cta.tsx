import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/en";

export function QuizCta({
  href,
  questions,
  t,
}: {
  href: string;
  questions: number;
  t: Dictionary["briefing"];
}) {
  return (
    <aside aria-labelledby="quiz-cta" className="mt-12 rounded-lg border-2 border-accent p-4">
      <h2 id="quiz-cta" className="text-xl font-bold tracking-tight">
        {t.quizHeading}
      </h2>
      <p className="mt-1 leading-relaxed text-muted">{t.quizNote(questions)}</p>
      <Link href={href} className="button-primary mt-3">
        {t.takeQuiz}
      </Link>
    </aside>
  );
}
