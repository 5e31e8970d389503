import "server-only";
import { loadEdition } from "@/lib/content/load-edition.server";
import type { Lang } from "@/lib/i18n/lang";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import type { ExportInput } from "./export-items";
import { EXPORTERS, exportFileName, type ExportFormat } from "./exporters";

// A briefing's quiz as a file to download, in one of its languages. Answer keys leave the
// server here, on purpose: callers (the teacher service) decide who may have them.

export type ExportFile = { name: string; contentType: string; body: string | Uint8Array };

type Links = { briefingUrl: string; classUrl?: string };

/** What the exporters are fed: the edition's quiz, facts and title, and its English originals. */
export function quizExportInput(slug: string, lang: Lang, links: Links): ExportInput | undefined {
  const edition = loadEdition(slug, lang);
  const quiz = loadQuiz(slug, lang);
  if (!edition || !quiz) return undefined;
  return {
    slug,
    lang,
    title: edition.title,
    quiz,
    facts: new Map(edition.facts.map((f) => [f.id, f])),
    ...(edition.originals && { originals: edition.originals.evidence }),
    ...links,
  };
}

/** The quiz of `input` as a file in `format`. */
export function quizExportFile(input: ExportInput, format: ExportFormat): ExportFile {
  return {
    name: exportFileName(input.slug, format, input.lang),
    contentType: EXPORTERS[format].contentType,
    body: EXPORTERS[format].write(input),
  };
}
