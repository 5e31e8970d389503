import type { z } from "zod";
import type { Problem } from "./problem";

/** Where a character offset is in a text, as a text editor shows it: line 3, column 5. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export function parseJson(
  raw: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    // V8 says "… in JSON at position 23": an editor needs the line and column.
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    if (!at) return { ok: false, error: message };
    const { line, column } = lineAndColumn(raw, Number(at[1]));
    const what = message.replace(/ in JSON at position \d+.*$/, "");
    return { ok: false, error: `line ${line}, column ${column}: ${what}` };
  }
}

/** An issue in the editor's words: which field, and what it must be. */
function plainMessage(issue: z.core.$ZodIssue, json: unknown): string {
  switch (issue.code) {
    case "invalid_union": {
      const key = issue.path.at(-1);
      const options = "options" in issue ? (issue.options as unknown[]) : undefined;
      if (options && key !== undefined) {
        const value = valueAt(json, issue.path);
        const given = value === undefined ? "is missing" : `is ${JSON.stringify(value)}`;
        return `${given}; it must be one of: ${options.join(", ")}`;
      }
      return issue.message;
    }
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} this file does not use: ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling)`;
    case "invalid_type": {
      const value = valueAt(json, issue.path);
      if (value === undefined) return "is missing";
      return `must be ${article(issue.expected)} (it is ${Array.isArray(value) ? "a list" : typeof value})`;
    }
    default:
      return issue.message;
  }
}

const article = (type: string) =>
  type === "array" ? "a list" : type === "object" ? "an object" : `a ${type}`;

function valueAt(json: unknown, path: PropertyKey[]): unknown {
  let node = json;
  for (const key of path) {
    node =
      node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

/** One problem per zod issue, each naming where it is in the file in plain words. */
export function formatZodIssues(file: string, error: z.ZodError, json: unknown): Problem[] {
  return error.issues.map((issue) => ({
    file,
    id: describePath(issue.path, json),
    message: plainMessage(issue, json),
  }));
}

/** Names the failing entry by its own `id` where it has one: "[3] (gaza-model).evidence". */
export function describePath(path: PropertyKey[], json: unknown): string | undefined {
  if (path.length === 0) return undefined;
  let node: unknown = json;
  let label = "";
  for (const key of path) {
    label += typeof key === "number" ? `[${key}]` : `${label ? "." : ""}${String(key)}`;
    node =
      node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
    if (typeof id === "string") label += ` (${id})`;
  }
  return label;
}

/** A JSON file of a briefing folder, parsed and checked; its problems are added to `problems`. */
export function parseJsonFile<T>(
  file: string,
  raw: string | undefined,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | undefined {
  if (raw === undefined) {
    problems.push({ file, message: "missing" });
    return undefined;
  }
  const json = parseJson(raw);
  if (!json.ok) {
    problems.push({ file, message: `is not valid JSON (${json.error})` });
    return undefined;
  }
  const result = schema.safeParse(json.value);
  if (!result.success) {
    problems.push(...formatZodIssues(file, result.error, json.value));
    return undefined;
  }
  const todo = placeholders(json.value);
  for (const path of todo) {
    problems.push({
      file,
      id: describePath(path, json.value),
      message: "is still a placeholder (TODO): write it, or remove the entry",
    });
  }
  return todo.length > 0 ? undefined : result.data;
}

/** Where a file still says "TODO" (npm run content:new writes placeholders so). */
export function placeholders(json: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof json === "string") return /\bTODO\b/.test(json) ? [path] : [];
  if (!json || typeof json !== "object") return [];
  return Object.entries(json).flatMap(([key, value]) =>
    placeholders(value, [...path, Array.isArray(json) ? Number(key) : key]),
  );
}
