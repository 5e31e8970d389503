import type { Problem } from "../../content/problem";

// Who a claim is credited to ("A White House official") is a label a reader matches across the
// briefing, the sources and the quiz's options. In Spanish each label is translated once and
// used everywhere, or a reader could not tell that «Un funcionario de la Casa Blanca» in a quiz
// option is «un alto cargo de la Casa Blanca» in the text.

type Fact = { attribution: string };
type Choice = { text: string };
type Question = { id: string; options?: Choice[] };

/** The who of an attribution, without its qualifier, article, quote marks or case. */
function labelOf(attribution: string): string {
  return attribution
    .split(/,|\s\(/)[0]!
    .replace(/[“”«»"]/g, "")
    .trim()
    .toLowerCase()
    .replace(/^(?:a|an|the|un|una|unos|unas|el|la|los|las)\s+/, "");
}

/**
 * One Spanish label per English one across facts.json, and quiz options that name a source say
 * it with that label.
 */
export function sourceLabelProblems(
  facts: { en: Fact[]; es: Fact[] },
  quiz: { en: Question[]; es: Question[] },
  dir: string,
): Problem[] {
  const problems: Problem[] = [];
  const spanish = new Map<string, string>();
  facts.en.forEach((fact, i) => {
    const en = labelOf(fact.attribution);
    const es = labelOf(facts.es[i]?.attribution ?? "");
    const seen = spanish.get(en);
    if (seen === undefined) spanish.set(en, es);
    else if (seen !== es) {
      problems.push({
        file: `${dir}/es/facts.json`,
        id: `[${i}].attribution`,
        message: `credits “${en}” as «${es}», but another fact says «${seen}»: one Spanish label for each source`,
      });
    }
  });
  quiz.en.forEach((q, i) => {
    q.options?.forEach((option, k) => {
      const want = spanish.get(labelOf(option.text));
      const text = quiz.es[i]?.options?.[k]?.text ?? "";
      if (want === undefined || labelOf(text) === want) return;
      problems.push({
        file: `${dir}/es/quiz.json`,
        id: `${q.id} options[${k}]`,
        message: `says «${text}» for the source “${option.text}”, which facts.json says as «${want}»: use the same label`,
      });
    });
  });
  return problems;
}
