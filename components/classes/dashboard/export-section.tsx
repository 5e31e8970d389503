import { ExportKeyNote, QuizExportLinks } from "@/components/classes/quiz-export-links";
import { routes } from "@/lib/links/routes";

/** The class's quiz for the school's LMS, with the class link inside each file. */
export function ExportSection({ code, slug }: { code: string; slug: string }) {
  return (
    <section aria-labelledby="export" className="mt-10 rounded-lg border border-rule p-4">
      <h2 id="export" className="text-lg font-bold">
        Use this quiz in your LMS
      </h2>
      <ExportKeyNote />
      <QuizExportLinks slug={slug} href={(file) => routes.classQuizExport(code, file)} />
    </section>
  );
}
