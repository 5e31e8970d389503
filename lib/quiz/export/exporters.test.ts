import { describe, expect, it } from "vitest";
import { LANGS } from "@/lib/i18n/lang";
import { EXPORT_FORMATS, exportFileName, parseExportFileName } from "./exporters";

describe("export file names", () => {
  it("read back to the briefing, language and format they were made from", () => {
    for (const slug of ["us-28-point-plan", "quiz", "es-quiz-es"]) {
      for (const lang of LANGS) {
        for (const format of EXPORT_FORMATS) {
          const name = exportFileName(slug, format, lang);
          expect(parseExportFileName(name), name).toEqual({ slug, format, lang });
        }
      }
    }
    expect(exportFileName("a-b", "imscc")).toBe("a-b-quiz.imscc");
    expect(exportFileName("a-b", "moodle", "es")).toBe("a-b-quiz.es.moodle.xml");
    expect(exportFileName("a-b", "gift")).toBe("a-b-quiz.gift.txt");
  });

  it("are the only names that read back", () => {
    for (const name of [
      "a-quiz.pdf",
      "a.imscc",
      "-quiz.imscc",
      "a-quiz.fr.imscc",
      "a-quiz.es.es.gift.txt",
      "a-quiz.gift.txt.zip",
      "",
    ]) {
      expect(parseExportFileName(name), name).toBeUndefined();
    }
  });
});
