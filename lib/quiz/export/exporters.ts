import { LANGS, type Lang } from "@/lib/i18n/lang";
import { commonCartridgeExport } from "./common-cartridge";
import type { ExportInput } from "./export-items";
import { giftExport } from "./gift";
import { moodleXmlExport } from "./moodle-xml";

// Every export format behind one interface, each fed the same ExportInput (one parsed quiz,
// its facts, the links back). A file's name says its briefing, language and format:
// `<slug>-quiz.imscc`, `<slug>-quiz.moodle.xml`, `<slug>-quiz.gift.txt`, and for a
// translated edition `<slug>-quiz.es.imscc` and so on; the download URL ends with it.

export type ExportFormat = "imscc" | "moodle" | "gift";

type Exporter = {
  /** The file name's ending. */
  extension: string;
  contentType: string;
  write: (input: ExportInput) => string | Uint8Array;
};

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  imscc: {
    extension: ".imscc",
    // The media type IMS registers for Common Cartridge 1.1 packages (a zip).
    contentType: "application/vnd.ims.imsccv1p1",
    write: commonCartridgeExport,
  },
  moodle: {
    extension: ".moodle.xml",
    contentType: "application/xml; charset=utf-8",
    write: moodleXmlExport,
  },
  gift: { extension: ".gift.txt", contentType: "text/plain; charset=utf-8", write: giftExport },
};

export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

const QUIZ = "-quiz";

export const exportFileName = (slug: string, format: ExportFormat, lang: Lang = "en") =>
  `${slug}${QUIZ}${lang === "en" ? "" : `.${lang}`}${EXPORTERS[format].extension}`;

/** A download's file name back to the briefing, language and format, if it is one of ours. */
export function parseExportFileName(
  name: string,
): { slug: string; format: ExportFormat; lang: Lang } | undefined {
  const format = EXPORT_FORMATS.find((f) => name.endsWith(EXPORTERS[f].extension));
  if (!format) return undefined;
  const rest = name.slice(0, -EXPORTERS[format].extension.length);
  const lang = LANGS.find((l) => l !== "en" && rest.endsWith(`${QUIZ}.${l}`)) ?? "en";
  const stem = lang === "en" ? rest : rest.slice(0, -`.${lang}`.length);
  if (!stem.endsWith(QUIZ) || stem.length === QUIZ.length) return undefined;
  return { slug: stem.slice(0, -QUIZ.length), format, lang };
}
