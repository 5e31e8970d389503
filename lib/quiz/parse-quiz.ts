import type { FactRef, SourceContext } from "@/lib/quiz/question-types/module";
import { typeOf } from "@/lib/quiz/question-types/type-registry";
import { describePath, formatZodIssues, parseJson, placeholders } from "../content/parse-json";
import type { Problem } from "../content/problem";
import { quizSchema, type Quiz } from "./quiz-schema";

/**
 * Validates a quiz against its briefing: schema, unique ids, cited facts exist (in questions
 * and in reasons), and every answer key is well formed for its question type (each type's
 * own `keyProblems`, which may read the source: an evidence question quotes it).
 */
export function parseQuiz(
  file: string,
  raw: string | undefined,
  briefing: { source: { text: string }; facts: FactRef[] },
): { quiz?: Quiz; problems: Problem[] } {
  if (raw === undefined) return { problems: [{ file, message: "missing" }] };
  const json = parseJson(raw);
  if (!json.ok) return { problems: [{ file, message: `is not valid JSON (${json.error})` }] };
  const parsed = quizSchema.safeParse(json.value);
  if (!parsed.success) return { problems: formatZodIssues(file, parsed.error, json.value) };
  const todo = placeholders(json.value);
  if (todo.length > 0) {
    return {
      problems: todo.map((path) => ({
        file,
        id: describePath(path, json.value),
        message: "is still a placeholder (TODO): write it, or remove the entry",
      })),
    };
  }

  const context: SourceContext = {
    source: briefing.source.text,
    facts: new Map(briefing.facts.map((f) => [f.id, f])),
  };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const question of parsed.data.questions) {
    const report = (message: string) => problems.push({ file, id: question.id, message });
    if (seen.has(question.id)) report("question id is used twice");
    seen.add(question.id);
    const type = typeOf(question);
    for (const { where, facts } of type.citations(question)) {
      for (const id of facts) {
        if (!context.facts.has(id)) {
          report(
            `${where === "facts" ? "" : `${where} `}cites fact "${id}", which is not in facts.json`,
          );
        }
      }
    }
    type.keyProblems(question, context).forEach(report);
  }
  return problems.length > 0 ? { problems } : { quiz: parsed.data, problems };
}
