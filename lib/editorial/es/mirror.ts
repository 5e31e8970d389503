import type { Problem } from "../../content/problem";

// A Spanish file is its English file with only the words changed: same ids, keys, facts, types
// and order, so the same server code scores it and every proof about the English holds for its
// structure. These keys hold words a reader reads; every other value must be the English one.
const WORDS = new Set([
  "title",
  "dek",
  "heading",
  "text",
  "role",
  "when",
  "quote",
  "speaker",
  "term",
  "forms",
  "definition",
  "prompt",
  "explanation",
  "because",
  "claim",
  "statement",
  "evidence",
  "attribution",
  "kind",
  "note",
]);

const kindOf = (v: unknown) => (Array.isArray(v) ? "list" : v === null ? "null" : typeof v);

/**
 * Where a translation departs from its English file other than in words: a message per place,
 * naming its path ("questions[3].answer") and both values.
 */
export function mirrorProblems(english: unknown, spanish: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const say = (path: string, message: string) =>
    problems.push({ file, id: path || "(whole file)", message });

  const walk = (en: unknown, es: unknown, path: string, words: boolean) => {
    if (kindOf(en) !== kindOf(es)) {
      say(path, `is ${kindOf(es)} in Spanish but ${kindOf(en)} in English: only words may change`);
      return;
    }
    if (Array.isArray(en) && Array.isArray(es)) {
      if (en.length !== es.length) {
        say(path, `has ${es.length} entries in Spanish but ${en.length} in English`);
      }
      en.slice(0, es.length).forEach((v, i) => walk(v, es[i], `${path}[${i}]`, words));
      return;
    }
    if (en && typeof en === "object" && es && typeof es === "object") {
      const a = en as Record<string, unknown>;
      const b = es as Record<string, unknown>;
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const at = path ? `${path}.${key}` : key;
        if (!(key in b)) say(at, "is missing from the Spanish");
        else if (!(key in a)) say(at, "is not in the English file: the Spanish may only translate");
        else walk(a[key], b[key], at, WORDS.has(key));
      }
      return;
    }
    if (typeof es === "string" && words) {
      if (es.trim() === "") say(path, "is empty in Spanish");
      return;
    }
    if (en !== es) {
      say(
        path,
        `is ${JSON.stringify(es)} in Spanish but ${JSON.stringify(en)} in English: ids, keys and facts stay as they are`,
      );
    }
  };
  walk(english, spanish, "", false);
  return problems;
}
