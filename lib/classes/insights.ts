import type { Question, Quiz } from "@/lib/content/quiz-schema";
import type { Response } from "@/lib/quiz/score";
import type { ClassResult } from "./types";

export type QuestionInsight = {
  questionId: string;
  /** Its number in the quiz (1-based). */
  number: number;
  prompt: string;
  /** Students whose latest attempt answered it (retries of missed questions skip some). */
  answered: number;
  /** Of those, how many got it fully right, and that as a whole percentage. */
  right: number;
  percent: number;
  /** The wrong answer chosen most often, in words, and by how many; none if nobody erred. */
  commonWrong?: { text: string; count: number };
  /** The fact to reteach: where "Show me where" points. */
  factId: string;
};

/** Per question, over each student's latest attempt: accuracy and the most common mistake. */
export function questionInsights(quiz: Quiz, results: ClassResult[]): QuestionInsight[] {
  return quiz.questions.map((q, i) => {
    const latest = results.map((r) => r.latest).filter((a) => q.id in a.credits);
    const right = latest.filter((a) => a.credits[q.id] === 1).length;
    const wrongs = new Map<string, number>();
    for (const a of latest) {
      if (a.credits[q.id] === 1) continue;
      for (const text of wrongParts(q, a.responses[q.id])) {
        wrongs.set(text, (wrongs.get(text) ?? 0) + 1);
      }
    }
    const top = [...wrongs].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
    return {
      questionId: q.id,
      number: i + 1,
      prompt: q.prompt,
      answered: latest.length,
      right,
      percent: latest.length ? Math.round((100 * right) / latest.length) : 0,
      commonWrong: top && { text: top[0], count: top[1] },
      factId: q.facts[0]!,
    };
  });
}

/** The wrong pieces of one response, in words a teacher recognises. */
function wrongParts(q: Question, response: Response | undefined): string[] {
  if (response === undefined) return [];
  const text = (options: { id: string; text: string }[], id: string) =>
    options.find((o) => o.id === id)?.text ?? id;
  switch (q.type) {
    case "single":
      return response === q.answer ? [] : [text(q.options, String(response))];
    case "true-false":
      return response === q.answer ? [] : [response ? "True" : "False"];
    case "multi":
      return (response as string[])
        .filter((id) => !q.answer.includes(id))
        .map((id) => text(q.options, id));
    case "order": {
      const given = response as string[];
      return given
        .filter((id, i) => q.answer[i] !== id)
        .slice(0, 1)
        .map((id) => `“${text(q.items, id)}” out of place`);
    }
    case "match":
      return Object.entries(response as Record<string, string>)
        .filter(([prompt, option]) => q.answer[prompt] !== option)
        .map(([prompt, option]) => `“${text(q.prompts, prompt)}” → ${text(q.options, option)}`);
  }
}

/** How many students' latest scores fall in each fifth of the range (0–20 % … 80–100 %). */
export function scoreDistribution(results: ClassResult[]): { label: string; count: number }[] {
  const buckets = [0, 0, 0, 0, 0];
  for (const { latest } of results) {
    const share = latest.maxScore ? latest.score / latest.maxScore : 0;
    buckets[Math.min(4, Math.floor(share * 5))]!++;
  }
  return buckets.map((count, i) => ({ label: `${i * 20}–${i * 20 + 20}%`, count }));
}
