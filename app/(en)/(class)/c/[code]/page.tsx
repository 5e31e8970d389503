import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import { ClassBanner } from "@/components/classes/class-banner";
import { Notice } from "@/components/classes/class-notice";
import { JoinForm } from "@/components/classes/join-form";
import { studentClasses } from "@/lib/services/services.server";
import { joinAction } from "./actions";
import { routes } from "@/lib/links/routes";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Class", robots: { index: false } };

/**
 * A class link: join with a nickname, then read the briefing and take the quiz in class. A
 * code that names no class a newcomer can join (unknown, deleted, closed, or no longer taking
 * students) is a 404 with the friendly page in not-found.tsx; members still see their class.
 */
export default async function ClassPage({ params }: Props) {
  const { code } = await params;
  const loaded = await studentClasses().loadClassForStudent(code);
  if (loaded.status === "limited") {
    return <Notice title="Too many tries">{loaded.limited.message}</Notice>;
  }
  if (loaded.status === "missing") notFound();
  if (loaded.status === "removed") {
    return (
      <Notice title="You were removed from this class">
        Your teacher removed you from <strong>{loaded.klass.title}</strong>, and your answers are no
        longer part of it. You can still{" "}
        <Link href={routes.home()} className="text-accent-ink underline underline-offset-2">
          read the briefings
        </Link>
        .
      </Notice>
    );
  }
  const { klass, briefing, quiz, student, level, open, joinable } = loaded;
  if (student) {
    return (
      <>
        <ClassBanner klass={klass} nickname={student.nickname} />
        {!open && (
          <p className="mx-auto mt-4 max-w-3xl px-4">
            <span className="quiz-error block">
              This class is closed: you can still read, but new answers are not sent to your
              teacher.
            </span>
          </p>
        )}
        <BriefingBody
          briefing={{ ...briefing, lang: "en" }}
          level={level}
          classCode={klass.code}
          questions={quiz?.questions.length}
          quizHref={routes.classQuiz(klass.code)}
        />
      </>
    );
  }
  if (!joinable) notFound();
  return (
    <div className="mx-auto max-w-md px-4 pt-8">
      <p className="text-sm font-semibold tracking-wide text-accent-ink uppercase">Join a class</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">{klass.title}</h1>
      <p className="mt-2 leading-relaxed text-muted">
        You will read <strong className="text-ink">{briefing.title}</strong> and take its quiz. Your
        teacher sees your nickname and your answers; other students see nothing of yours.{" "}
        <Link href={routes.privacy()} className="text-accent-ink underline underline-offset-2">
          What your teacher sees
        </Link>
      </p>
      <JoinForm action={joinAction.bind(null, klass.code)} />
    </div>
  );
}
