import "server-only";
import { loadBriefing } from "@/lib/content/load-briefings.server";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import { EXPORTERS, exportFileName, type ExportFormat } from "./exporters";

// A briefing's quiz as a file to download. Answer keys leave the server here, on purpose:
// callers (the teacher service) decide who may have them.

export type ExportFile = { name: string; contentType: string; body: string | Uint8Array };

export function quizExportFile(
  slug: string,
  format: ExportFormat,
  links: { briefingUrl: string; classUrl?: string },
): ExportFile | undefined {
  const briefing = loadBriefing(slug);
  const quiz = loadQuiz(slug);
  if (!briefing || !quiz) return undefined;
  const exporter = EXPORTERS[format];
  return {
    name: exportFileName(slug, format),
    contentType: exporter.contentType,
    body: exporter.write({
      slug,
      title: briefing.title,
      quiz,
      facts: new Map(briefing.facts.map((f) => [f.id, f])),
      ...links,
    }),
  };
}
