import { auth } from "@/auth";
import { classCsv } from "@/lib/classes/class-csv";
import { ownedClass } from "@/lib/classes/classes";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import { getStore } from "@/lib/store";

/** The class's results as CSV. Owner only: anyone else gets the same 404 as no class. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const [{ code }, session] = await Promise.all([params, auth()]);
  const klass = await ownedClass(code, session?.user.id);
  const quiz = klass && loadQuiz(klass.slug);
  if (!klass || !quiz) return new Response("Not found", { status: 404 });
  const csv = classCsv(quiz, await getStore().getClassRoster(klass.code));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="class-${klass.code}-results.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
