import { commonCartridgeExport } from "./common-cartridge";
import type { ExportInput } from "./export-items";
import { giftExport } from "./gift";
import { moodleXmlExport } from "./moodle-xml";

// Every export format behind one interface, each fed the same ExportInput (one parsed quiz,
// its facts, the links back). A file's name says its format: `<slug>-quiz.imscc`,
// `<slug>-quiz.moodle.xml`, `<slug>-quiz.gift.txt`; the download URL ends with it.

export type ExportFormat = "imscc" | "moodle" | "gift";

type Exporter = {
  /** What follows the slug in the file's name. */
  suffix: string;
  contentType: string;
  write: (input: ExportInput) => string | Uint8Array;
};

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  imscc: {
    suffix: "-quiz.imscc",
    // The media type IMS registers for Common Cartridge 1.1 packages (a zip).
    contentType: "application/vnd.ims.imsccv1p1",
    write: commonCartridgeExport,
  },
  moodle: {
    suffix: "-quiz.moodle.xml",
    contentType: "application/xml; charset=utf-8",
    write: moodleXmlExport,
  },
  gift: { suffix: "-quiz.gift.txt", contentType: "text/plain; charset=utf-8", write: giftExport },
};

export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

export const exportFileName = (slug: string, format: ExportFormat) =>
  `${slug}${EXPORTERS[format].suffix}`;

/** A download's file name back to the briefing and the format, if it is one of ours. */
export function parseExportFileName(
  name: string,
): { slug: string; format: ExportFormat } | undefined {
  const format = EXPORT_FORMATS.find((f) => name.endsWith(EXPORTERS[f].suffix));
  if (!format) return undefined;
  const slug = name.slice(0, -EXPORTERS[format].suffix.length);
  return slug ? { slug, format } : undefined;
}
