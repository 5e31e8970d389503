// react-hook-form accepts an async resolver, so the schema can arrive after hydration: the
// first validation (Next, Submit) awaits it, and `preload` fetches it as the reader starts.
import type { Resolver } from "react-hook-form";
import type { QuizFormValues } from "./answer-form-schema";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";

type Validation = { quizResolver: (questions: PublicQuestion[]) => Resolver<QuizFormValues> };

export type LazyResolver = Resolver<QuizFormValues> & { preload: () => void };

export function lazyQuizResolver(
  questions: PublicQuestion[],
  importValidation: () => Promise<Validation> = () => import("./form-resolver"),
): LazyResolver {
  let loading: Promise<Resolver<QuizFormValues> | undefined> | undefined;
  const load = () =>
    (loading ??= importValidation().then(
      (m) => m.quizResolver(questions),
      () => {
        // Offline before the code arrived: try again next time, and let the server's check
        // (the same schema) speak for this one.
        loading = undefined;
        return undefined;
      },
    ));
  const resolver: Resolver<QuizFormValues> = async (values, context, options) => {
    const resolve = await load();
    return resolve ? resolve(values, context, options) : { values, errors: {} };
  };
  return Object.assign(resolver, { preload: () => void load() });
}
