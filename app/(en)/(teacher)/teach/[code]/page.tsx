import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/classes/auto-refresh";
import { DashboardHeader } from "@/components/classes/dashboard/dashboard-header";
import { DeleteClassSection } from "@/components/classes/dashboard/delete-class-section";
import { ExportSection } from "@/components/classes/dashboard/export-section";
import { LmsGradesSection } from "@/components/classes/dashboard/lms-grades-section";
import { QuestionInsights } from "@/components/classes/dashboard/question-insights";
import { RemovedStudents } from "@/components/classes/dashboard/removed-students";
import { RosterTable } from "@/components/classes/dashboard/roster-table";
import { ScoreDistribution } from "@/components/classes/dashboard/score-distribution";
import { ShareSection } from "@/components/classes/dashboard/share-section";
import { JsOnlyStyle } from "@/components/ui/js-only-style";
import { isModerationNotice, MODERATION_NOTICES } from "@/lib/classes/moderation";
import { lmsGrades, teaching } from "@/lib/services/services.server";
import { requestOrigin } from "@/lib/classes/origin.server";
import { classAction, lmsGradesAction, moderateAction } from "../actions";
import { routes } from "@/lib/links/routes";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ confirm?: string; notice?: string; student?: string }>;
};

export const metadata: Metadata = { title: "Class results", robots: { index: false } };

/** The teacher's live view of one class. Owner only: everyone else gets a 404. */
export default async function ClassDashboard({ params, searchParams }: Props) {
  const [{ code }, { confirm, notice, student }] = await Promise.all([params, searchParams]);
  const [data, lms] = await Promise.all([teaching().classDashboard(code), lmsGrades().view(code)]);
  if (!data) notFound();
  const { klass, briefing, open, submitted, roster, removed, insights, distribution } = data;
  const url = `${await requestOrigin()}${routes.classJoin(klass.code, klass.lang)}`;

  return (
    <div className="mx-auto max-w-5xl px-4 pt-6">
      <AutoRefresh />
      <JsOnlyStyle />
      <DashboardHeader klass={klass} briefing={briefing} open={open} />
      <ShareSection klass={klass} open={open} url={url} action={classAction} />
      <RosterTable
        roster={roster}
        submitted={submitted}
        code={klass.code}
        moderate={moderateAction}
        notice={
          isModerationNotice(notice) && student
            ? { studentId: student, message: MODERATION_NOTICES[notice] }
            : undefined
        }
        refreshHref={routes.classDashboard(klass.code)}
      />
      {lms && <LmsGradesSection code={klass.code} {...lms} action={lmsGradesAction} />}
      <RemovedStudents code={klass.code} removed={removed} action={moderateAction} />
      {submitted > 0 && (
        <>
          <QuestionInsights insights={insights} slug={klass.slug} facts={briefing.facts} />
          <ScoreDistribution distribution={distribution} />
        </>
      )}
      <ExportSection code={klass.code} slug={klass.slug} lang={klass.lang} />
      <DeleteClassSection
        code={klass.code}
        action={classAction}
        askConfirm={confirm === "delete"}
      />
    </div>
  );
}
