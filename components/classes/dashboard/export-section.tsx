import { ExportKeyNote, QuizExportLinks } from "@/components/classes/quiz-export-links";
import type { Lang } from "@/lib/i18n/lang";
import { languageName } from "@/lib/i18n/language-name";
import { routes } from "@/lib/links/routes";

/** The class's quiz for the school's LMS, in its language, with the class link inside. */
export function ExportSection({ code, slug, lang }: { code: string; slug: string; lang?: Lang }) {
  return (
    <section aria-labelledby="export" className="mt-10 rounded-lg border border-rule p-4">
      <h2 id="export" className="text-lg font-bold">
        Use this quiz in your LMS
      </h2>
      <ExportKeyNote />
      {lang && lang !== "en" && (
        <p className="mt-1 text-sm text-muted">
          In {languageName(lang)}, the class&apos;s language.
        </p>
      )}
      <QuizExportLinks
        slug={slug}
        lang={lang}
        href={(file) => routes.classQuizExport(code, file)}
      />
    </section>
  );
}
