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

const factSchema = z.strictObject({
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

/** A lead-in sentence before a section's items; it cites its facts like any item. */
const sectionBase = { id: idSchema, heading: line, intro: textItem.optional() };

const sectionSchema = z.discriminatedUnion("layout", [
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
  /** The facts the title and dek rest on: a headline says who claims it, like any line. */
  leadFacts: factRefs,
  sections: z.array(sectionSchema).min(1),
});

/**
 * `glossary.json` (optional): background the source does not give, such as what an envoy is.
 * Shown marked as background, never cited as evidence (entries have no fact ids), and the only
 * place a name or term not in the cited evidence may come from.
 */
const glossaryEntrySchema = z.strictObject({
  id: idSchema,
  term: line,
  /** Other spellings to mark in the text ("envoys"); matched whole-word, any case. */
  forms: z.array(line).optional(),
  definition: line,
});
export const glossarySchema = z.array(glossaryEntrySchema);

/**
 * `terms.json` (optional): how our words render the source's, per language ("en", "es"): a
 * source word, and the words our texts may say for it. In English, what a count counts in
 * plainer words ("buckets" → "areas"); in another language, its names, months and quoted words.
 * The content check accepts a rendering wherever it would accept the source's own word.
 */
export const termsSchema = z.record(
  z.string().regex(/^[a-z]{2}$/, "must be a two-letter language code (en, es)"),
  z.record(line, z.array(line).min(1, "must list at least one rendering")),
);

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type SectionItem = Section["items"][number];
export type BriefingDoc = z.infer<typeof briefingDocSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Terms = z.infer<typeof termsSchema>;
