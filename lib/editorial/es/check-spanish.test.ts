import { describe, expect, it } from "vitest";
import { briefingDir, loadBriefing, readEditionFiles } from "../../content/load-briefings.server";
import { formatProblem } from "../../content/problem";
import { parseQuizOf } from "../../quiz/quiz-file.server";
import { checkEditorial } from "../check-editorial";
import { checkSpanish } from "./check-spanish";

// Each Spanish rule replays, on the published Spanish edition, a defect a translation can
// bring: the check must fail with a message that names it.
const SLUG = "us-28-point-plan";
const briefing = loadBriefing(SLUG)!;
const quiz = parseQuizOf(briefing).quiz;
const { facts, ordinary } = checkEditorial(briefing, quiz, SLUG);
const english = readEditionFiles(briefingDir(SLUG));
const published = readEditionFiles(briefingDir(SLUG), "es");

function check(edit: (files: Record<string, string>) => void = () => {}) {
  const spanish = { ...published };
  edit(spanish);
  const { problems, eases } = checkSpanish({
    briefing,
    quiz,
    facts,
    ordinary,
    english,
    spanish,
    dir: SLUG,
  });
  return { messages: problems.map(formatProblem), eases };
}

/** Replaces text inside one file's JSON, which must hold it. */
function replace(files: Record<string, string>, name: string, from: string, to: string) {
  expect(files[name], `${name} holds “${from}”`).toContain(from);
  files[name] = files[name]!.replace(from, to);
}

describe("the Spanish edition", () => {
  it("keeps every rule, with its reading ease printed", () => {
    const { messages, eases } = check();
    expect(messages).toEqual([]);
    expect(eases.map((e) => e.label)).toEqual([
      "Spanish briefing",
      "easier Spanish briefing",
      "Spanish quiz prompts",
    ]);
  });

  it("fails when a key term is dropped: Turkey, where Witkoff was to meet Zelensky", () => {
    const { messages } = check((f) => {
      for (const name of ["briefing.json", "briefing.easy.json"]) {
        f[name] = f[name]!.replaceAll(" en Turquía", "");
      }
    });
    expect(messages.join("\n")).toMatch(
      /never says “Turkey” \(Turquía\) where it tells fact "turkey-trip"/,
    );
  });

  it("fails when a hedge is dropped: «probablemente» on the 28 points", () => {
    const { messages } = check((f) =>
      replace(
        f,
        "briefing.json",
        'Axios informó que el plan probablemente tendrá 28 puntos.",',
        'El plan tendrá 28 puntos.",',
      ),
    );
    expect(messages.join("\n")).toMatch(
      /\[title and dek\]: tells fact "twenty-eight-points", which the source hedges \(“plan is likely to have”\), with no Spanish hedge of that kind: keep one, such as «probablemente»/,
    );
  });

  it("fails when a question cannot be answered from the Spanish: the trip's Wednesday is lost", () => {
    const { messages } = check((f) => {
      f["briefing.easy.json"] = f["briefing.easy.json"]!.replaceAll(" el miércoles", "");
    });
    expect(messages.join("\n")).toMatch(
      /\[question turkey-meeting\]: cannot be answered from the easier Spanish text: the easier Spanish text tells fact "turkey-trip" without “Wednesday” \(miércoles\)/,
    );
  });

  it("fails when a translation changes a key, an id or a cited fact", () => {
    const { messages } = check((f) => {
      replace(f, "quiz.json", '"answer": "axios"', '"answer": "reuters"');
      replace(f, "facts.json", '"id": "report-date"', '"id": "fecha"');
    });
    expect(messages.join("\n")).toMatch(
      /questions\[0\]\.answer\]: is "reuters" in Spanish but "axios" in English/,
    );
    expect(messages.join("\n")).toMatch(/\[\[0\]\.id\]: is "fecha" in Spanish but "report-date"/);
  });

  it("fails when a source is labelled two ways: a quiz option and the facts disagree", () => {
    const { messages } = check((f) =>
      replace(
        f,
        "quiz.json",
        '"text": "Un funcionario de la Casa Blanca"',
        '"text": "Un alto cargo de la Casa Blanca"',
      ),
    );
    expect(messages.join("\n")).toMatch(
      /says «Un alto cargo de la Casa Blanca» for the source “A White House official”, which facts.json says as «funcionario de la casa blanca»: use the same label/,
    );
  });

  it("fails when a person is first met without their role: Umerov, Zelensky's adviser", () => {
    const { messages } = check((f) =>
      replace(
        f,
        "briefing.json",
        "con Rustem Umerov, asesor de seguridad nacional del presidente de Ucrania, Volodymyr Zelensky.",
        "con Rustem Umerov.",
      ),
    );
    expect(messages.join("\n")).toMatch(
      /key-points.items\[2\]\]: first mentions Rustem Umerov without their role \(“Asesor de seguridad nacional de Zelensky”\)/,
    );
  });

  it("fails when its reading gets hard: one long sentence", () => {
    const { messages } = check((f) => {
      const doc = JSON.parse(f["briefing.easy.json"]!);
      for (const section of doc.sections) {
        for (const item of section.items)
          if ("text" in item) item.text = item.text.replace(/\.\s/g, ", y ");
      }
      f["briefing.easy.json"] = JSON.stringify(doc);
    });
    expect(messages.join("\n")).toMatch(
      /easier Spanish briefing reads at INFLESZ [\d.]+, below 68/,
    );
  });
});
