import { z } from "zod";

/** Ids become URL fragments (`#fact-<id>`) and folder names become routes: keep them boring. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase kebab-case (a-z, 0-9, single hyphens)");

export const slugSchema = idSchema.max(80);

const isoDate = z.iso.date("must be an ISO date (YYYY-MM-DD)");
export const line = z.string().trim().min(1, "must not be empty");

/** `source.json`: what the source is; its text lives beside it, verbatim, in `source.txt`. */
export const sourceMetaSchema = z.strictObject({
  title: line,
  date: isoDate,
  originalReporting: line,
  kind: line,
  note: line,
});

/** Short spans only: the site quotes evidence, it never republishes the report. */
export const MAX_EVIDENCE_CHARS = 240;

export const factSchema = z.strictObject({
  id: idSchema,
  statement: line,
  evidence: line.max(MAX_EVIDENCE_CHARS, `must be at most ${MAX_EVIDENCE_CHARS} characters`),
  attribution: line,
});

export const factsSchema = z.array(factSchema).min(1, "must list at least one fact");

export const factRefs = z.array(idSchema).min(1, "must cite at least one fact id");

const textItem = z.strictObject({ text: line, facts: factRefs });
const personItem = z.strictObject({ name: line, role: line, text: line, facts: factRefs });
const timelineItem = z.strictObject({ when: line, text: line, facts: factRefs });
const quoteItem = z.strictObject({ quote: line, speaker: line, facts: factRefs });

const sectionBase = { id: idSchema, heading: line, intro: line.optional() };

export const sectionSchema = z.discriminatedUnion("layout", [
  z.strictObject({ ...sectionBase, layout: z.literal("bullets"), items: z.array(textItem).min(1) }),
  z.strictObject({
    ...sectionBase,
    layout: z.literal("paragraphs"),
    items: z.array(textItem).min(1),
  }),
  z.strictObject({
    ...sectionBase,
    layout: z.literal("people"),
    items: z.array(personItem).min(1),
  }),
  z.strictObject({
    ...sectionBase,
    layout: z.literal("timeline"),
    items: z.array(timelineItem).min(1),
  }),
  z.strictObject({ ...sectionBase, layout: z.literal("quotes"), items: z.array(quoteItem).min(1) }),
]);

export const briefingDocSchema = z.strictObject({
  title: line,
  dek: line,
  sections: z.array(sectionSchema).min(1),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type SectionItem = Section["items"][number];
export type BriefingDoc = z.infer<typeof briefingDocSchema>;
