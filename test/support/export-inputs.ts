import { listBriefingSlugs } from "@/lib/content/load-briefings.server";
import { LANGS } from "@/lib/i18n/lang";
import type { ExportInput } from "@/lib/quiz/export/export-items";
import { quizExportInput } from "@/lib/quiz/export/quiz-export.server";

/**
 * What the exporters are fed for every briefing in every language it has a quiz in, built the
 * way downloads build it; with `classUrl`, as exported from a class.
 */
export function exportInputs(classUrl?: string): ExportInput[] {
  return listBriefingSlugs().flatMap((slug) =>
    LANGS.flatMap(
      (lang) =>
        quizExportInput(slug, lang, {
          briefingUrl: `https://example.org/${lang}/${slug}`,
          ...(classUrl && { classUrl }),
        }) ?? [],
    ),
  );
}

/** "slug (es)": a test's name for an input. */
export const inputName = (input: ExportInput) =>
  `${input.slug} (${input.lang}${input.classUrl ? ", from a class" : ""})`;
