import type { Lang } from "@/lib/i18n/lang";
import { languageName } from "@/lib/i18n/language-name";
import {
  EXPORT_FORMATS,
  EXPORTERS,
  exportFileName,
  type ExportFormat,
} from "@/lib/quiz/export/exporters";

// Plain download links (no JavaScript needed) to a quiz in each LMS format, with what each
// is for and the warning that the file holds the answers.

const FORMATS: Record<ExportFormat, { name: string; use: string }> = {
  imscc: {
    name: "Common Cartridge",
    use: "Canvas, Brightspace, Blackboard and Moodle import it as a quiz; Schoology after its Common Cartridge converter.",
  },
  moodle: {
    name: "Moodle XML",
    use: "Moodle's question bank, keeping ordering and matching questions whole.",
  },
  gift: { name: "GIFT", use: "Moodle and other tools that read GIFT text." },
};

type Props = {
  slug: string;
  /** The download URL of a file name (from /teach, or from a class with its link). */
  href: (file: string) => string;
  /** Names the briefing in each link, when links for several briefings share a page. */
  title?: string;
};

export function QuizExportLinks({ slug, href, title, lang = "en" }: Props & { lang?: Lang }) {
  return (
    <ul className="mt-2 space-y-2">
      {EXPORT_FORMATS.map((format) => {
        const file = exportFileName(slug, format, lang);
        return (
          <li key={format}>
            <a href={href(file)} download={file} className="font-semibold underline">
              {FORMATS[format].name}
              {title && <span className="sr-only"> for {title}</span>}
            </a>{" "}
            <span className="text-sm text-muted">
              ({EXPORTERS[format].extension}): {FORMATS[format].use}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The same files from a translated edition, on one line: the uses are said above. */
export function TranslatedExportLinks({
  slug,
  href,
  title,
  lang,
}: Props & { lang: Exclude<Lang, "en"> }) {
  const language = languageName(lang);
  return (
    <p className="mt-2 text-sm">
      <span className="text-muted">The quiz in {language}:</span>{" "}
      {EXPORT_FORMATS.map((format, n) => {
        const file = exportFileName(slug, format, lang);
        return (
          <span key={format}>
            {n > 0 && " · "}
            <a href={href(file)} download={file} className="font-semibold underline">
              {FORMATS[format].name}
              <span className="sr-only">
                {" "}
                in {language}
                {title && ` for ${title}`}
              </span>
            </a>
          </span>
        );
      })}
    </p>
  );
}

/** Said wherever the links are: the files are for teachers' eyes. */
export function ExportKeyNote() {
  return (
    <p className="mt-1 text-sm text-muted">
      These files contain the answers and why each wrong option is wrong: import them into your LMS,
      and do not share them with students.
    </p>
  );
}
