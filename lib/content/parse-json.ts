import type { z } from "zod";
import type { Problem } from "./problem";

export function parseJson(
  raw: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** One problem per zod issue, each naming where it is in the file. */
export function formatZodIssues(file: string, error: z.ZodError, json: unknown): Problem[] {
  return error.issues.map((issue) => ({
    file,
    id: describePath(issue.path, json),
    message: issue.message,
  }));
}

/** Names the failing entry by its own `id` where it has one: "[3] (gaza-model).evidence". */
function describePath(path: PropertyKey[], json: unknown): string | undefined {
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
  if (result.success) return result.data;
  problems.push(...formatZodIssues(file, result.error, json.value));
  return undefined;
}
