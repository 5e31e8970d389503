import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import { ClassBanner } from "@/components/classes/class-banner";
import { Notice } from "@/components/classes/class-notice";
import { JoinForm } from "@/components/classes/join-form";
import { ErrorMessage } from "@/components/forms/error-message";
import { PeopleLine } from "@/components/quiz/people-line";
import { QuizForm } from "@/components/quiz/quiz-form";
import { QuizHeading } from "@/components/quiz/quiz-heading";
import type { JoinState } from "@/lib/classes/student.server";
import { JOIN_MESSAGES } from "@/lib/classes/class-forms";
import { peopleMentioned, questionTexts } from "@/lib/content/people";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { spanishOf, toSpanish } from "@/lib/i18n/messages-es";
import { routes } from "@/lib/links/routes";
import { privatePage } from "@/lib/links/site-metadata.server";
import { toPublicQuiz } from "@/lib/quiz/public-quiz";
import type { QuizAction } from "@/lib/quiz/quiz-action-state";
import { quizFormWords } from "@/lib/services/quiz-pages.server";
import { studentClasses } from "@/lib/services/services.server";

// A student's class pages in a language: /c/<code> and /es/c/<code> (and their quizzes) are
// each this. The plain link opens in the class's starting language or the student's own
// choice (lib/classes/class-language.ts); a page in another language redirects there.

type Props = { params: Promise<{ code: string }> };
type JoinAction = (code: string, state: JoinState, form: FormData) => Promise<JoinState>;

/**
 * A class link: join with a nickname, then read the briefing and take the quiz in class. A
 * code that names no class a newcomer can join (unknown, deleted, closed, or no longer taking
 * students) is a 404 with the friendly not-found page; members still see their class.
 */
export function classRoute(page: Lang, joinAction: JoinAction) {
  const t = dictionary(page).klass;
  return {
    metadata: privatePage(t.title),
    async Page({ params }: Props) {
      const { code } = await params;
      const loaded = await studentClasses().loadClassForStudent(code, undefined, page);
      if (loaded.status === "limited") {
        const { message } = loaded.limited;
        return <Notice title={t.tooMany}>{page === "en" ? message : toSpanish(message)}</Notice>;
      }
      if (loaded.status === "missing") notFound();
      if (loaded.status === "removed") {
        return (
          <Notice title={t.removedTitle}>
            {t.removedBefore} <strong>{loaded.klass.title}</strong>
            {t.removedAfter}{" "}
            <Link href={routes.home()} className="text-accent-ink underline underline-offset-2">
              {t.readBriefings}
            </Link>
            .
          </Notice>
        );
      }
      const { klass, briefing, quiz, student, level, open, joinable, lang, langs } = loaded;
      if (lang !== page) redirect(routes.classJoin(klass.code, lang));
      if (student) {
        return (
          <>
            <ClassBanner klass={klass} nickname={student.nickname} lang={lang} />
            {!open && (
              <p className="mx-auto mt-4 max-w-3xl px-4">
                <span className="quiz-error block">{t.closed}</span>
              </p>
            )}
            <BriefingBody
              briefing={briefing}
              level={level}
              classCode={klass.code}
              questions={quiz?.questions.length}
              quizHref={routes.classQuiz(klass.code, lang)}
              langs={langs}
            />
          </>
        );
      }
      if (!joinable) notFound();
      const words = {
        ...t.form,
        messages: lang === "en" ? {} : spanishOf(Object.values(JOIN_MESSAGES)),
      };
      return (
        <div className="mx-auto max-w-md px-4 pt-8">
          <p className="text-sm font-semibold tracking-wide text-accent-ink uppercase">
            {t.joinKicker}
          </p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">{klass.title}</h1>
          <p className="mt-2 leading-relaxed text-muted">
            {t.youWillRead} <strong className="text-ink">{briefing.title}</strong> {t.joinAfter}{" "}
            <Link
              href={routes.privacy(lang)}
              className="text-accent-ink underline underline-offset-2"
            >
              {t.whatTeacherSees}
            </Link>
          </p>
          <JoinForm action={joinAction.bind(null, klass.code)} words={words} lang={lang} />
        </div>
      );
    },
  };
}

/** The class's quiz: the public quiz plus the class code; students only (else: join first). */
export function classQuizRoute(page: Lang, action: QuizAction) {
  const t = dictionary(page).klass;
  return {
    metadata: privatePage(t.quizTitle),
    async Page({ params }: Props) {
      const { code } = await params;
      const loaded = await studentClasses().loadClassForStudent(code, undefined, page);
      if (loaded.status !== "found" || !loaded.student || !loaded.quiz)
        redirect(routes.classJoin(code, page));
      const { klass, briefing, quiz, student, open, lang } = loaded;
      if (lang !== page) redirect(routes.classQuiz(klass.code, lang));
      const { title, questions } = toPublicQuiz(quiz, undefined, lang);
      return (
        <>
          <ClassBanner klass={klass} nickname={student.nickname} lang={lang} />
          <div className="mx-auto max-w-2xl px-4 pt-6">
            <QuizHeading kicker={t.quizTitle} title={title} />
            <p className="mt-2 leading-relaxed text-muted">
              {t.quizIntro(questions.length, briefing.title)}{" "}
              {klass.feedback === "immediate" ? t.immediate : t.afterClose}
            </p>
            <PeopleLine
              people={peopleMentioned(briefing, questions.flatMap(questionTexts))}
              label={dictionary(lang).quiz.whosWho}
            />
            <ErrorMessage message={open ? undefined : t.closedForAnswers} className="mt-4" />
            <QuizForm
              slug={klass.slug}
              questions={questions}
              classCode={klass.code}
              action={action}
              words={quizFormWords(lang)}
              lang={lang}
            />
          </div>
        </>
      );
    },
  };
}
