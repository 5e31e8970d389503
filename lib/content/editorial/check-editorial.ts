import { formatDate } from "../format-date";
import { usesTerm } from "../glossary";
import type { Briefing } from "../parse-briefing";
import { EASY_FILE } from "../easy-file";
import type { Problem } from "../problem";
import type { Quiz } from "../quiz-schema";
import type { SectionItem } from "../schemas";
import { droppedHedges, factHedges, type FactHedges } from "./hedges";
import { makeNameLookup, namesIn, ordinaryWords } from "./names";
import { rolesAtFirstMention } from "./people";
import { quizProblems } from "./quiz-rules";
import { misquotes } from "./quotes";
import { readingLevel, type ReadingLevel } from "./reading-level";
import {
  briefingProse,
  briefingUnits,
  choiceUnits,
  docUnits,
  quizUnits,
  type TextUnit,
} from "./text-units";
import { commonStems, contextOf } from "./words";

/** DESIGN.md §2, "Plain words": Flesch–Kincaid grade ceilings. */
export const MAX_GRADE = { briefing: 8, prompts: 7, easier: 5 } as const;

export type GradeLine = { label: string; level: ReadingLevel; max?: number };
export type EditorialReport = { problems: Problem[]; grades: GradeLine[] };

/**
 * The editor's rules a machine can hold (DESIGN.md §2): our words keep the hedges and the
 * attribution of the evidence they cite, name no one and no number the evidence lacks, wrong
 * answers say why, options exclude each other, each question tests its own fact, people get
 * their role at first mention, background is used, and the reading level stays plain.
 */
export function checkEditorial(b: Briefing, quiz: Quiz | undefined, dir: string): EditorialReport {
  // The easier version holds to every rule the standard text does (and a lower grade).
  const easy = b.easy && { ...b, ...b.easy };
  const units = [
    ...briefingUnits(b, dir),
    ...(easy ? docUnits(easy, `${dir}/${EASY_FILE}`) : []),
    ...(quiz ? quizUnits(quiz, dir) : []),
  ];
  const problems: Problem[] = [];
  const report = (unit: { file: string; where: string }, message: string) =>
    problems.push({ file: unit.file, id: unit.where, message });

  const evidence = factEvidence(b);
  // A person's name and role, grounded once in the "people" section, may be used anywhere.
  const people = b.sections
    .flatMap((s): SectionItem[] => s.items)
    .flatMap((item) => ("role" in item ? [`${item.name} ${item.role}`] : []))
    .join(" ");
  const background = [
    ...b.glossary.flatMap((g) => [g.term, ...(g.forms ?? [])]),
    b.source.date,
    formatDate(b.source.date),
    b.source.originalReporting,
  ].join(" ");
  const ordinary = ordinaryWords([b.source.text, ...units.map((u) => u.text)]);

  for (const unit of units) {
    const cited = unit.facts.flatMap((id) => evidence.get(id) ?? []);
    const found = makeNameLookup(
      [...cited.map((c) => c.context), background, unit.person ? "" : people, unit.allow].join(" "),
    );
    const unknown = new Set(
      namesIn(unit.text, ordinary)
        .filter((t) => !found(t))
        .map((t) => t.word),
    );
    for (const word of unknown) {
      report(
        unit,
        `names "${word}", which is neither in the evidence it cites nor in glossary.json`,
      );
    }
    if (!hedged(unit)) continue;
    const facts = unit.facts.flatMap((id) => {
      const hedges = evidence.get(id)?.hedges;
      return hedges ? [{ id, hedges }] : [];
    });
    for (const message of droppedHedges(unit.text, facts, unit.lead)) report(unit, message);
  }

  const quoted = [...units, ...(quiz ? choiceUnits(quiz, dir) : [])];
  for (const unit of quoted) {
    for (const words of misquotes(unit.text, b.source.text)) {
      report(unit, `puts “${words}” in quote marks, but the source never says it`);
    }
  }

  for (const entry of b.glossary) {
    if (!units.some((u) => u.kind === "briefing" && usesTerm(u.text, entry))) {
      report(
        { file: `${dir}/glossary.json`, where: entry.id },
        `"${entry.term}" is never used in the briefing`,
      );
    }
  }
  for (const [doc, file] of [
    [b, "briefing.json"],
    ...(easy ? [[easy, EASY_FILE] as const] : []),
  ] as const) {
    for (const { where, message } of rolesAtFirstMention(doc)) {
      report({ file: `${dir}/${file}`, where }, message);
    }
  }
  if (quiz) problems.push(...quizProblems(quiz, evidence, `${dir}/quiz.json`));

  const grades: GradeLine[] = [
    { label: "briefing", level: readingLevel(briefingProse(b)), max: MAX_GRADE.briefing },
    ...(easy
      ? [
          {
            label: "easier briefing",
            level: readingLevel(briefingProse(easy)),
            max: MAX_GRADE.easier,
          },
        ]
      : []),
  ];
  if (quiz) {
    grades.push(
      {
        label: "quiz prompts",
        level: readingLevel(quiz.questions.map((q) => q.prompt)),
        max: MAX_GRADE.prompts,
      },
      {
        label: "quiz explanations and reasons",
        level: readingLevel(
          units.filter((u) => u.kind === "explanation" || u.kind === "reason").map((u) => u.text),
        ),
      },
    );
  }
  for (const { label, level, max } of grades) {
    if (max !== undefined && level.grade > max) {
      problems.push({
        file: dir,
        message: `${label} reads at grade ${level.grade}, above grade ${max}`,
      });
    }
  }
  return { problems, grades };
}

/** Per fact: the paragraph of the source it sits in, and the hedges our words must keep. */
export function factEvidence(b: Briefing): Map<string, { context: string; hedges: FactHedges }> {
  const common = commonStems(b.source.text);
  return new Map(
    b.facts.map((f) => {
      const context = contextOf(b.source.text, f.evidence);
      return [f.id, { context, hedges: factHedges(f.evidence, context, common) }];
    }),
  );
}

function hedged(unit: TextUnit): boolean {
  return unit.kind !== "speaker" && unit.kind !== "prompt" && !unit.notInReport;
}
