import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportInputs, inputName } from "@/test/support/export-inputs";
import { ccStandards } from "@/test/standards/cc-schemas";
import { parseXml, schematronOf } from "@/test/standards/schematron";
import type { Element } from "@xmldom/xmldom";
import { commonCartridgeExport, commonCartridgeFiles } from "./common-cartridge";
import { exportItems, type ExportInput, type ExportItem } from "./export-items";

// The Common Cartridge export, for every briefing, from /teach and from a class: every XML
// file valid against the official CC 1.1 schemas (xmllint), the schemas' Schematron rules
// that apply holding, the zip holding exactly what the manifest lists, and the assessment,
// read back and run as an LMS runs QTI response processing, giving our keys, our "why not"
// feedback and our general feedback.

const inputs: ExportInput[] = [...exportInputs(), ...exportInputs("https://example.org/c/ABC234")];
const named = inputName;

const SCHEMA = {
  manifest: "ccv1p1_imscp_v1p2_v1p0.xsd",
  assessment: "ccv1p1_qtiasiv1p2p1_v1p0.xsd",
  webLink: "ccv1p1_imswl_v1p1.xsd",
};

const schemaOf = (path: string) =>
  path === "imsmanifest.xml"
    ? SCHEMA.manifest
    : path.endsWith("assessment.xml")
      ? SCHEMA.assessment
      : SCHEMA.webLink;

const standards = ccStandards();
if (!standards.ok) {
  console.warn(`\n!!! SKIPPING the Common Cartridge schema checks: ${standards.reason} !!!\n`);
}

describe.runIf(!standards.ok && process.env.CI)("under CI", () => {
  it("has the CC 1.1 schemas and xmllint", () => {
    expect.fail(`CI must validate Common Cartridge exports: ${!standards.ok && standards.reason}`);
  });
});

describe.runIf(standards.ok)("the Common Cartridge against the CC 1.1 standards", () => {
  const { dir, validate } = standards as Extract<typeof standards, { ok: true }>;
  const read = (schema: string) => readFileSync(join(dir, schema), "utf8");

  // The embedded rules name CC 1.0's resource types (imscc_xmlv1p0, imswl_xmlv1p0); CC 1.1's
  // specification states the same rules for its own, which the schema's enumeration allows.
  const toV1p1 = (xpath: string) =>
    xpath
      .replace(/imscc_xmlv1p0/g, "imscc_xmlv1p1")
      .replace(/(imswl|imsdt)_xmlv1p0/g, "$1_xmlv1p1");
  it.each(inputs.map((input) => [named(input), input] as const))(
    "%s: every file validates against its XSD",
    (_, input) => {
      const files = commonCartridgeFiles(input);
      expect(Object.keys(files)).toContain("imsmanifest.xml");
      for (const [path, xml] of Object.entries(files)) {
        const result = validate(schemaOf(path), xml);
        expect(result.errors, path).toMatch(/validates/);
        expect(result.valid, `${path}: ${result.errors}`).toBe(true);
      }
    },
  );

  it.each(inputs.map((input) => [named(input), input] as const))(
    "%s: the Schematron rules of the manifest and the assessment hold",
    (_, input) => {
      const files = commonCartridgeFiles(input);
      const manifestRules = schematronOf(read(SCHEMA.manifest));
      expect(manifestRules.failures(files["imsmanifest.xml"]!, toV1p1)).toEqual([]);
      const qti = schematronOf(read(SCHEMA.assessment));
      expect(qti.failures(files["R_QUIZ/assessment.xml"]!)).toEqual([]);
    },
  );

  it("the checks catch a broken manifest and a broken item (they can fail)", () => {
    const files = commonCartridgeFiles(inputs[0]!);
    const twoFiles = files["imsmanifest.xml"]!.replace(
      '<file href="R_QUIZ/assessment.xml"/>',
      '<file href="R_QUIZ/assessment.xml"/><file href="R_QUIZ/extra.xml"/>',
    );
    expect(validate(SCHEMA.manifest, twoFiles).valid).toBe(true);
    expect(schematronOf(read(SCHEMA.manifest)).failures(twoFiles, toV1p1)).toEqual([
      expect.stringMatching(/^\[RULE 3b\]/),
    ]);
    expect(
      validate(SCHEMA.manifest, twoFiles.replace("<schemaversion>1.1.0", "<schemaversion>1.3.0"))
        .valid,
    ).toBe(false);
    const wrongProfile = files["R_QUIZ/assessment.xml"]!.replace(
      "cc.multiple_choice.v0p1",
      "cc.ordering.v0p1",
    );
    expect(validate(SCHEMA.assessment, wrongProfile).valid).toBe(true);
    expect(schematronOf(read(SCHEMA.assessment)).failures(wrongProfile)).toEqual([
      expect.stringMatching(/^\[RULE 2b\]/),
    ]);
  });
});

/** The assessment read back: each item's choices, and QTI response processing to run. */
function readAssessment(xml: string) {
  const doc = parseXml(xml);
  const elements = (el: Element) =>
    Array.from(el.childNodes).filter((c): c is Element => c.nodeType === 1);
  const children = (el: Element, name: string) => elements(el).filter((c) => c.localName === name);
  const all = (el: Element | typeof doc, name: string) => Array.from(el.getElementsByTagName(name));
  const text = (el: Element | undefined) => (el ? all(el, "mattext")[0]?.textContent : undefined);

  return all(doc, "item").map((item) => {
    const feedback = new Map(
      all(item, "itemfeedback").map((f) => [f.getAttribute("ident")!, text(f) ?? undefined]),
    );
    const holds = (condition: Element, picked: Set<string>): boolean => {
      const parts = elements(condition);
      switch (condition.localName) {
        case "varequal":
          return picked.has(condition.textContent ?? "");
        case "other":
          return true;
        case "not":
          return !parts.some((p) => holds(p, picked));
        default: // conditionvar, and
          return parts.every((p) => holds(p, picked));
      }
    };
    /** What an LMS does with a response: the score it sets and the feedback it shows. */
    const run = (picks: string[]) => {
      const picked = new Set(picks);
      let score = 0;
      const shown: (string | undefined)[] = [];
      for (const rule of children(all(item, "resprocessing")[0]!, "respcondition")) {
        if (!holds(children(rule, "conditionvar")[0]!, picked)) continue;
        for (const set of children(rule, "setvar")) score = Number(set.textContent);
        for (const show of children(rule, "displayfeedback")) {
          shown.push(feedback.get(show.getAttribute("linkrefid")!));
        }
        if (rule.getAttribute("continue") !== "Yes") break;
      }
      return { score, shown };
    };
    return {
      ident: item.getAttribute("ident"),
      profile: all(item, "fieldentry")[0]?.textContent,
      prompt: text(all(item, "presentation")[0]),
      cardinality: all(item, "response_lid")[0]?.getAttribute("rcardinality"),
      /** The feedback of conditions that continue: what Moodle imports as general feedback. */
      continuing: children(all(item, "resprocessing")[0]!, "respcondition")
        .filter((rule) => rule.getAttribute("continue") === "Yes")
        .flatMap((rule) => children(rule, "displayfeedback"))
        .map((show) => feedback.get(show.getAttribute("linkrefid")!)),
      /** Moodle's importer finds a select-all key only through `case="Yes"`. */
      caseless: all(item, "varequal").filter((v) => v.getAttribute("case") !== "Yes").length,
      choices: all(item, "response_label").map((l) => ({
        id: l.getAttribute("ident"),
        text: text(l),
      })),
      run,
    };
  });
}

const subsets = <T>(list: T[]): T[][] =>
  list.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);

describe("the Common Cartridge read back", () => {
  it.each(inputs.map((input) => [named(input), input] as const))(
    "%s: the zip holds the manifest at its root and exactly the files it lists",
    (_, input) => {
      const zipped = unzipSync(commonCartridgeExport(input));
      const manifest = strFromU8(zipped["imsmanifest.xml"]!);
      const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
      expect(Object.keys(zipped).sort()).toEqual(["imsmanifest.xml", ...listed].sort());
      expect(manifest).toContain(`href="R_QUIZ/assessment.xml"`);
      const links = listed.filter((f) => f!.endsWith("weblink.xml"));
      const urls = links.map((f) => strFromU8(zipped[f!]!).match(/href="([^"]+)"/)![1]);
      expect(urls).toEqual([input.briefingUrl, ...(input.classUrl ? [input.classUrl] : [])]);
    },
  );

  it.each(inputs.filter((i) => !i.classUrl).map((input) => [named(input), input] as const))(
    "%s: every item's type, choices, key and feedback come back",
    (_, input) => {
      const items = exportItems(input.quiz, input);
      const read = readAssessment(commonCartridgeFiles(input)["R_QUIZ/assessment.xml"]!);
      expect(read.map((r) => r.ident)).toEqual(items.map((i) => i.id));
      read.forEach((back, n) => {
        const item: ExportItem = items[n]!;
        const profile = item.trueFalse
          ? "cc.true_false.v0p1"
          : item.multiple
            ? "cc.multiple_response.v0p1"
            : "cc.multiple_choice.v0p1";
        expect(back.profile, item.id).toBe(profile);
        expect(back.cardinality).toBe(item.multiple ? "Multiple" : "Single");
        expect(back.prompt).toBe(item.prompt);
        expect(back.choices).toEqual(item.choices.map((c) => ({ id: c.id, text: c.text })));
        expect(back.caseless).toBe(0);
        // One pick: only the general feedback goes on; each reason ends processing.
        if (!item.multiple) expect(back.continuing).toEqual([item.general]);
        const right = item.choices.filter((c) => c.credit > 0).map((c) => c.id);
        const feedbackOf = (picks: string[]) => [
          item.general,
          ...item.choices.filter((c) => picks.includes(c.id) && c.feedback).map((c) => c.feedback),
        ];
        if (item.multiple) {
          // The key is the exact set of right choices; anything else scores 0 in the file.
          for (const picks of subsets(item.choices.map((c) => c.id))) {
            const exact = picks.length === right.length && right.every((id) => picks.includes(id));
            expect(back.run(picks)).toEqual({ score: exact ? 100 : 0, shown: feedbackOf(picks) });
          }
          return;
        }
        for (const choice of item.choices) {
          expect(back.run([choice.id]), `${item.id} ${choice.id}`).toEqual({
            score: choice.credit * 100,
            shown: feedbackOf([choice.id]),
          });
        }
      });
    },
  );

  it("split order and match questions say so in each item's text, in its language", () => {
    const saysSo = { en: /One of \d+ questions made from one/, es: /Una de \d+ preguntas hechas/ };
    const split = inputs.flatMap((input) =>
      exportItems(input.quiz, input)
        .filter((i) => i.from.type === "order" || i.from.type === "match")
        .map((item) => ({ item, lang: input.lang })),
    );
    expect(new Set(split.map((s) => s.lang))).toEqual(new Set(["en", "es"]));
    for (const { item, lang } of split) expect(item.prompt).toMatch(saysSo[lang]);
  });
});
