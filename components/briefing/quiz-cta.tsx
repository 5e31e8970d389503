import Link from "next/link";

export function QuizCta({ href, questions }: { href: string; questions: number }) {
  return (
    <aside aria-labelledby="quiz-cta" className="mt-12 rounded-lg border-2 border-accent p-4">
      <h2 id="quiz-cta" className="text-xl font-bold tracking-tight">
        Did it stick?
      </h2>
      <p className="mt-1 leading-relaxed text-muted">
        {questions} questions. Each answer shows the line of the source that proves it.
      </p>
      <Link href={href} className="button-primary mt-3">
        Take the quiz
      </Link>
    </aside>
  );
}
