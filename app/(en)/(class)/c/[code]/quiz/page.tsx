import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ClassBanner } from "@/components/classes/class-banner";
import { PeopleLine } from "@/components/quiz/people-line";
import { QuizForm } from "@/components/quiz/quiz-form";
import { studentClasses } from "@/lib/services/services.server";
import { peopleMentioned, questionTexts } from "@/lib/content/people";
import { toPublicQuiz } from "@/lib/quiz/public-quiz";
import { submitQuiz } from "@/app/(en)/(reader)/[slug]/quiz/actions";
import { routes } from "@/lib/links/routes";
import { ErrorMessage } from "@/components/forms/error-message";
import { dictionary } from "@/lib/i18n/dictionary";
import { quizFormWords } from "@/lib/services/quiz-pages.server";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Class quiz", robots: { index: false } };

/** The class's quiz: the public quiz plus the class code; students only (else: join first). */
export default async function ClassQuizPage({ params }: Props) {
  const { code } = await params;
  const loaded = await studentClasses().loadClassForStudent(code);
  if (loaded.status !== "found" || !loaded.student || !loaded.quiz)
    redirect(routes.classJoin(code));
  const { klass, briefing, quiz, student, open } = loaded;
  const { title, questions } = toPublicQuiz(quiz);
  return (
    <>
      <ClassBanner klass={klass} nickname={student.nickname} />
      <div className="mx-auto max-w-2xl px-4 pt-6">
        <p className="text-sm font-semibold tracking-wide text-accent-ink uppercase">Class quiz</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">{title}</h1>
        <p className="mt-2 leading-relaxed text-muted">
          {questions.length} questions on {briefing.title}.{" "}
          {klass.feedback === "immediate"
            ? "You see your score and the answers as soon as you submit."
            : "You see your score when you submit; your teacher shows the answers later."}
        </p>
        <PeopleLine
          people={peopleMentioned(briefing, questions.flatMap(questionTexts))}
          label={dictionary("en").quiz.whosWho}
        />
        <ErrorMessage
          message={
            open ? undefined : "This class is closed: answers are no longer sent to your teacher."
          }
          className="mt-4"
        />
        <QuizForm
          slug={klass.slug}
          questions={questions}
          classCode={klass.code}
          action={submitQuiz}
          words={quizFormWords("en")}
          lang="en"
        />
      </div>
    </>
  );
}
