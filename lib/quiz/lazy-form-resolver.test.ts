import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { minimalQuiz } from "@/test/fixtures/minimal-briefing";
import type { QuizFormValues } from "./answer-form-schema";
import * as validation from "./form-resolver";
import { lazyQuizResolver } from "./lazy-form-resolver";
import { MESSAGES } from "./question-types/messages";
import { toPublicQuiz } from "./public-quiz";

const { questions } = toPublicQuiz(minimalQuiz());
const OPTIONS = {
  fields: {},
  shouldUseNativeValidation: false,
} as unknown as ResolverOptions<QuizFormValues>;
const unanswered: QuizFormValues = { slug: "bridge", answers: { when: undefined } };

describe("lazyQuizResolver", () => {
  it("validates with the shared schema once the code has arrived", async () => {
    const resolve = lazyQuizResolver(questions, async () => validation);
    const result = await resolve(unanswered, undefined, OPTIONS);
    expect(result.errors.answers).toMatchObject({ when: { message: MESSAGES.choose } });
  });

  it("loads the validation code once, however often it is asked", async () => {
    const load = vi.fn(async () => validation);
    const resolve = lazyQuizResolver(questions, load);
    resolve.preload();
    resolve.preload();
    await resolve(unanswered, undefined, OPTIONS);
    await resolve(unanswered, undefined, OPTIONS);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("lets the form through when the code cannot load, and tries again next time", async () => {
    const load = vi
      .fn<() => Promise<typeof validation>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockResolvedValue(validation);
    const resolve = lazyQuizResolver(questions, load);
    // Offline: no client-side verdict (the server checks the same schema on submit).
    expect(await resolve(unanswered, undefined, OPTIONS)).toEqual({
      values: unanswered,
      errors: {},
    });
    // Back online: the next validation loads it and speaks again.
    const result = await resolve(unanswered, undefined, OPTIONS);
    expect(result.errors.answers).toMatchObject({ when: { message: MESSAGES.choose } });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
