import { strToU8, zipSync } from "fflate";
import { ccAssessment } from "./cc-assessment";
import { exportItems, type ExportInput } from "./export-items";
import { exportWords } from "./export-words";
import { xmlText } from "./xml-text";

// IMS Common Cartridge 1.1 (.imscc): a zip with `imsmanifest.xml` at its root, the quiz as a
// CC assessment, and web links back to the briefing (and to the class, when exported from
// one), so students can read the source the quiz asks about. The one format Canvas, Moodle,
// Schoology, Brightspace and Blackboard all import. The schemas' own Schematron rules shape
// the manifest: an assessment or web link resource has exactly one file and no `href`, no
// dependencies; an item that points at a resource has no child items.

const ASSESSMENT = "imsqti_xmlv1p2/imscc_xmlv1p1/assessment";
const WEB_LINK = "imswl_xmlv1p1";

type Resource = { id: string; type: string; file: string; title: string; body: string };

function webLink(title: string, url: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">',
    `<title>${xmlText(title)}</title>`,
    `<url href="${xmlText(url)}" target="_blank"/>`,
    "</webLink>",
    "",
  ].join("\n");
}

function manifest(input: ExportInput, resources: Resource[]): string {
  const title = xmlText(input.title);
  const lang = input.lang;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="M_${xmlText(input.slug)}" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">`,
    "<metadata>",
    "<schema>IMS Common Cartridge</schema>",
    "<schemaversion>1.1.0</schemaversion>",
    "<lomimscc:lom><lomimscc:general>",
    `<lomimscc:title><lomimscc:string language="${lang}">${title}</lomimscc:string></lomimscc:title>`,
    `<lomimscc:description><lomimscc:string language="${lang}">${xmlText(exportWords(lang).description(input.title))}</lomimscc:string></lomimscc:description>`,
    `<lomimscc:language>${lang}</lomimscc:language>`,
    "</lomimscc:general></lomimscc:lom>",
    "</metadata>",
    '<organizations><organization identifier="O_1" structure="rooted-hierarchy"><item identifier="I_ROOT">',
    ...resources.map(
      (r) =>
        `<item identifier="I_${r.id}" identifierref="${r.id}"><title>${xmlText(r.title)}</title></item>`,
    ),
    "</item></organization></organizations>",
    "<resources>",
    ...resources.map(
      (r) => `<resource identifier="${r.id}" type="${r.type}"><file href="${r.file}"/></resource>`,
    ),
    "</resources>",
    "</manifest>",
    "",
  ].join("\n");
}

/** The resources of the package, in the order the course shows them. */
function resourcesOf(input: ExportInput): Resource[] {
  const link = (id: string, title: string, url: string): Resource => ({
    id,
    type: WEB_LINK,
    file: `${id}/weblink.xml`,
    title,
    body: webLink(title, url),
  });
  const words = exportWords(input.lang);
  const quizTitle = words.quizTitle(input.title);
  return [
    link("R_BRIEFING", words.readBriefing(input.title), input.briefingUrl),
    {
      id: "R_QUIZ",
      type: ASSESSMENT,
      file: "R_QUIZ/assessment.xml",
      title: quizTitle,
      body: ccAssessment("A_QUIZ", quizTitle, exportItems(input.quiz, input)),
    },
    ...(input.classUrl ? [link("R_CLASS", words.classLink, input.classUrl)] : []),
  ];
}

/** The package's files by path, before zipping (tests read them from here or the zip). */
export function commonCartridgeFiles(input: ExportInput): Record<string, string> {
  const resources = resourcesOf(input);
  return {
    "imsmanifest.xml": manifest(input, resources),
    ...Object.fromEntries(resources.map((r) => [r.file, r.body])),
  };
}

/** The `.imscc` file: the package zipped, manifest first. */
export function commonCartridgeExport(input: ExportInput): Uint8Array {
  const files = commonCartridgeFiles(input);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])),
    {
      level: 9,
    },
  );
}
