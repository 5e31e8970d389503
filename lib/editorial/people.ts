import { usesTerm } from "../content/glossary";
import type { Briefing } from "../content/parse-briefing";
import { sentencesOf, withoutPossessive, wordsOf } from "./words";

/** The briefing's text in reading order, each piece with where it is. */
function readingOrder(b: Briefing): { where: string; text: string }[] {
  const out = [
    { where: "title", text: b.title },
    { where: "dek", text: b.dek },
  ];
  for (const section of b.sections) {
    if (section.intro) out.push({ where: `${section.id}.intro`, text: section.intro.text });
    section.items.forEach((item, i) => {
      const where = `${section.id}.items[${i}]`;
      if ("quote" in item) out.push({ where, text: item.speaker });
      else if ("role" in item)
        out.push({ where, text: `${item.name}, ${item.role}. ${item.text}` });
      else if ("when" in item) out.push({ where, text: `${item.when}: ${item.text}` });
      else out.push({ where, text: item.text });
    });
  }
  return out;
}

const mentions = (sentence: string, name: string) =>
  wordsOf(sentence).some((w) => withoutPossessive(w) === name);

/** The word that says what a role is: in English its last ("Trump's envoy" → "envoy"). */
const lastWord = (role: string) => wordsOf(role).at(-1)!;

/**
 * People get their role where a reader first meets them: the sentence that first names a
 * person of the "people" section, or the one right after it ("… met Dev Shah. Shah is
 * …"), must carry the head word of their role ("envoy", "adviser"; in Spanish the first
 * noun, «enviado de Trump»: `roleHead`). A name the glossary defines is explained where it
 * is marked instead.
 */
export function rolesAtFirstMention(
  b: Briefing,
  roleHead: (role: string) => string = lastWord,
): { where: string; message: string }[] {
  const people = b.sections
    .filter((s) => s.layout === "people")
    .flatMap((s) => s.items)
    .flatMap((item) => ("role" in item ? [item] : []));
  const order = readingOrder(b);
  const out: { where: string; message: string }[] = [];
  for (const person of people) {
    const name = withoutPossessive(wordsOf(person.name).at(-1)!);
    if (b.glossary.some((entry) => usesTerm(person.name, entry))) continue;
    const roleWord = roleHead(person.role).toLowerCase();
    const stem = roleWord.slice(0, Math.max(4, roleWord.length - 2));
    for (const { where, text } of order) {
      const sentences = sentencesOf(text);
      const at = sentences.findIndex((s) => mentions(s, name));
      if (at < 0) continue;
      const sentence = sentences[at]!;
      const next = sentences[at + 1] ?? "";
      if (![sentence, next].some((s) => s.toLowerCase().includes(stem))) {
        out.push({
          where,
          message: `first mentions ${person.name} without their role (“${person.role}”): "${sentence}"`,
        });
      }
      break;
    }
  }
  return out;
}
