import { formatZodIssues, parseJson } from "./parse-json";
import type { Problem } from "./parse-briefing";
import { questionReasons } from "./quiz-reasons";
import { quizSchema, reasonFacts, type Question, type Quiz } from "./quiz-schema";

/**
 * Validates a quiz against its briefing's facts: schema, unique ids, cited facts exist, and
 * every answer key is well formed for its question type.
 */
export function parseQuiz(
  file: string,
  raw: string | undefined,
  factIds: ReadonlySet<string>,
): { quiz?: Quiz; problems: Problem[] } {
  if (raw === undefined) return { problems: [{ file, message: "missing" }] };
  const json = parseJson(raw);
  if (!json.ok) return { problems: [{ file, message: `is not valid JSON (${json.error})` }] };
  const parsed = quizSchema.safeParse(json.value);
  if (!parsed.success) return { problems: formatZodIssues(file, parsed.error, json.value) };

  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const question of parsed.data.questions) {
    const report = (message: string) => problems.push({ file, id: question.id, message });
    if (seen.has(question.id)) report("question id is used twice");
    seen.add(question.id);
    for (const id of question.facts) {
      if (!factIds.has(id)) report(`cites fact "${id}", which is not in facts.json`);
    }
    for (const { choice, reason } of questionReasons(question)) {
      for (const id of reasonFacts(reason)) {
        if (!factIds.has(id))
          report(`the reason for "${choice}" cites fact "${id}", which is not in facts.json`);
      }
    }
    keyProblems(question).forEach(report);
  }
  return problems.length > 0 ? { problems } : { quiz: parsed.data, problems };
}

function keyProblems(q: Question): string[] {
  const out: string[] = [];
  const ids = (list: { id: string }[], what: string) => {
    const set = new Set(list.map((c) => c.id));
    if (set.size !== list.length) out.push(`${what} ids repeat`);
    return set;
  };
  switch (q.type) {
    case "single": {
      const options = ids(q.options, "option");
      if (!options.has(q.answer)) out.push(`answer "${q.answer}" is not one of its options`);
      out.push(...reasonPlacement(q.options, [q.answer]));
      break;
    }
    case "multi": {
      const options = ids(q.options, "option");
      for (const a of q.answer)
        if (!options.has(a)) out.push(`answer "${a}" is not one of its options`);
      if (new Set(q.answer).size !== q.answer.length) out.push("answer lists an option twice");
      if (q.answer.length === q.options.length)
        out.push("every option is correct: nothing to choose");
      out.push(...reasonPlacement(q.options, q.answer));
      break;
    }
    case "true-false":
      break;
    case "order": {
      const items = ids(q.items, "item");
      const isPermutation =
        q.answer.length === items.size &&
        q.answer.every((a) => items.has(a)) &&
        new Set(q.answer).size === items.size;
      if (!isPermutation) out.push("answer must list every item exactly once");
      // Without JavaScript items show in authored order, which must not give the answer away.
      if (q.items.every((item, i) => item.id === q.answer[i]))
        out.push("items are authored in the answer's order");
      break;
    }
    case "match": {
      const prompts = ids(q.prompts, "prompt");
      const options = ids(q.options, "option");
      const keys = Object.keys(q.answer);
      for (const p of prompts) if (!keys.includes(p)) out.push(`prompt "${p}" has no answer`);
      for (const [p, o] of Object.entries(q.answer)) {
        if (!prompts.has(p)) out.push(`answer names prompt "${p}", which does not exist`);
        if (!options.has(o)) out.push(`answer "${o}" for "${p}" is not one of its options`);
      }
      for (const group of q.distinct ?? []) {
        for (const id of group.options)
          if (!options.has(id)) out.push(`distinct names option "${id}", which does not exist`);
      }
      break;
    }
  }
  return out;
}

/**
 * "Why not" feedback needs a reason on every wrong option; a reason on a right one would be
 * shown to nobody and usually means the key is wrong.
 */
function reasonPlacement(
  options: { id: string; why?: unknown }[],
  key: readonly string[],
): string[] {
  return options.flatMap((o) => {
    const right = key.includes(o.id);
    if (!right && !o.why) return [`wrong option "${o.id}" has no reason ("why")`];
    if (right && o.why) return [`option "${o.id}" is a right answer but carries a reason ("why")`];
    return [];
  });
}
