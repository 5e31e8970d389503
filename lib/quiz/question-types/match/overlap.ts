import { wordsOf } from "@/lib/content/words";

type Options = { options: { id: string; text: string }[]; distinct?: { options: string[] }[] };

const ARTICLES = new Set(["a", "an", "the"]);
const words = (text: string) =>
  wordsOf(text)
    .map((w) => w.toLowerCase())
    .filter((w) => !ARTICLES.has(w));

/**
 * Options of a match question must exclude each other. Two options that share their last
 * word ("A US official", "A White House official") or where one's words are all in the other
 * may name the same person: an editor declares them `distinct`, with the reason.
 */
export function overlappingOptions(q: Options): string[] {
  const declared = (a: string, b: string) =>
    (q.distinct ?? []).some((g) => g.options.includes(a) && g.options.includes(b));
  const out: string[] = [];
  q.options.forEach((a, i) => {
    for (const b of q.options.slice(i + 1)) {
      const [wa, wb] = [words(a.text), words(b.text)];
      const sameKind = wa.at(-1) === wb.at(-1);
      const contained = wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
      if ((sameKind || contained) && !declared(a.id, b.id)) {
        out.push(
          `options “${a.text}” and “${b.text}” may name the same person: reword them or declare them in "distinct" with the reason they cannot`,
        );
      }
    }
  });
  return out;
}
