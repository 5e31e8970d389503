import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listBriefingSlugs } from "@/lib/content/load-briefings.server";
import type { Question } from "@/lib/quiz/question-types/type-registry";
import { anyValue, contentId, permutation, questionArb, quizArb } from "@/test/support/arbitraries";
import { loadQuiz } from "./load-quiz.server";
import { isCorrect, scoreAttempt, scoreQuestion } from "./score";
import type { Response } from "@/lib/quiz/question-types/shared";

const realQuestions = listBriefingSlugs().flatMap((slug) => loadQuiz(slug)!.questions);

/** The real quiz's questions and generated ones of every type. */
const questionAny = fc.oneof(
  fc.constantFrom(...realQuestions),
  contentId.chain((id) => questionArb(id)),
);
const ofType = <T extends Question["type"]>(type: T) =>
  questionAny.filter((q): q is Extract<Question, { type: T }> => q.type === type);

function choiceIds(q: Question): string[] {
  switch (q.type) {
    case "single":
    case "evidence":
    case "multi":
      return q.options.map((o) => o.id);
    case "true-false":
      return ["true", "false"];
    case "order":
      return q.items.map((i) => i.id);
    case "match":
      return [...q.prompts, ...q.options].map((c) => c.id);
  }
}

function keyOf(q: Question): Response {
  return q.answer;
}

/** Right ids, wrong ids and every wrong shape, including the ones JSON never makes. */
function responseArb(q: Question): fc.Arbitrary<unknown> {
  const id = fc.constantFrom(...choiceIds(q), "ghost", "");
  const key = keyOf(q);
  // The key with holes punched in it: the right length, but not a list of strings.
  const holed = Array.isArray(key)
    ? fc
        .subarray(
          key.map((_, i) => i),
          { minLength: 1 },
        )
        .map((gone) => {
          const out = [...key];
          for (const i of gone) delete out[i];
          return out;
        })
    : fc.constant(key);
  // Well-formed but partly right: where the partial-credit rules (and the rounding) apply.
  const partial: fc.Arbitrary<unknown> =
    q.type === "multi"
      ? fc.subarray(q.options.map((o) => o.id))
      : q.type === "order"
        ? permutation(q.answer)
        : q.type === "match"
          ? fc
              .tuple(...q.prompts.map(() => fc.constantFrom(...q.options.map((o) => o.id))))
              .map((picked) => Object.fromEntries(q.prompts.map((p, i) => [p.id, picked[i]])))
          : fc.constant(key);
  return fc.oneof(
    id,
    fc.boolean(),
    fc.constant(key),
    partial,
    holed,
    fc.array(id, { maxLength: 8 }),
    fc.dictionary(id, id, { maxKeys: 6 }),
    fc.sparseArray(id, { maxLength: 8 }),
    anyValue,
  );
}

const withResponse = questionAny.chain((q) => fc.tuple(fc.constant(q), responseArb(q)));
const credit = (q: Question, r: unknown) => scoreQuestion(q, r as Response);

/** Every index present and a string: the one array shape the scorer's rules speak about. */
function denseStrings(v: unknown): v is string[] {
  return (
    Array.isArray(v) &&
    Array.from({ length: v.length }, (_, i) => i).every(
      (i) => Object.hasOwn(v, i) && typeof v[i] === "string",
    )
  );
}

describe("scoreQuestion", () => {
  it("gives a finite credit in [0, 1] for any response, of any shape, without throwing", () => {
    fc.assert(
      fc.property(withResponse, ([q, r]) => {
        const c = credit(q, r);
        expect(Number.isFinite(c)).toBe(true);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("gives full marks to the key of every question", () => {
    fc.assert(
      fc.property(questionAny, (q) => {
        expect(credit(q, keyOf(q))).toBe(1);
        expect(isCorrect(credit(q, keyOf(q)))).toBe(true);
      }),
    );
  });

  it("is deterministic and leaves the question and the response untouched", () => {
    fc.assert(
      fc.property(withResponse, ([q, r]) => {
        const before = structuredClone([q, r]);
        expect(credit(q, r)).toBe(credit(q, r));
        expect([q, r]).toEqual(before);
      }),
    );
  });

  it("does not depend on the order the choices are shown in", () => {
    const shuffled = withResponse.chain(([q, r]) => {
      const variants: fc.Arbitrary<Question> =
        q.type === "order"
          ? permutation(q.items).map((items) => ({ ...q, items }))
          : q.type === "match"
            ? fc
                .tuple(permutation(q.prompts), permutation(q.options))
                .map(([prompts, options]) => ({ ...q, prompts, options }))
            : q.type === "true-false"
              ? fc.constant(q)
              : permutation(q.options).map((options) => ({ ...q, options }));
      return fc.tuple(fc.constant(q), variants, fc.constant(r));
    });
    fc.assert(
      fc.property(shuffled, ([q, variant, r]) => {
        expect(credit(variant, r)).toBe(credit(q, r));
      }),
    );
  });

  it("single and true-false: 1 exactly for the key itself, else 0", () => {
    fc.assert(
      fc.property(withResponse, ([q, r]) => {
        if (q.type !== "single" && q.type !== "evidence" && q.type !== "true-false") return;
        // The string "false" is not the boolean false: the form layer converts, not the scorer.
        expect(credit(q, r)).toBe(r === q.answer ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });

  describe("multi", () => {
    const picks = ofType("multi").chain((q) =>
      fc.tuple(
        fc.constant(q),
        fc.array(fc.constantFrom(...q.options.map((o) => o.id), "ghost"), { maxLength: 10 }),
      ),
    );

    it("right / right options − wrong / wrong options, floored at 0, each choice once", () => {
      fc.assert(
        fc.property(picks, ([q, picked]) => {
          const set = new Set(picked);
          const right = [...set].filter((id) => q.answer.includes(id)).length;
          // Anything not in the key is wrong, an id that is not an option ("ghost") included.
          const wrong = set.size - right;
          const wrongOptions = q.options.filter((o) => !q.answer.includes(o.id)).length;
          expect(credit(q, picked)).toBeCloseTo(
            Math.max(0, right / q.answer.length - wrong / wrongOptions),
            10,
          );
        }),
      );
    });

    it("ignores the order of the picks and repeated picks", () => {
      fc.assert(
        fc.property(
          picks.chain(([q, picked]) =>
            fc.tuple(fc.constant(q), fc.constant(picked), permutation([...picked, ...picked])),
          ),
          ([q, picked, reordered]) => {
            expect(credit(q, reordered)).toBe(credit(q, picked));
          },
        ),
      );
    });

    it("a right pick never lowers the credit, a wrong one never raises it", () => {
      fc.assert(
        fc.property(
          picks.chain(([q, picked]) =>
            fc.tuple(
              fc.constant(q),
              fc.constant(picked),
              fc.constantFrom(...q.options.map((o) => o.id)),
            ),
          ),
          ([q, picked, extra]) => {
            const before = credit(q, picked);
            const after = credit(q, [...picked, extra]);
            if (q.answer.includes(extra)) expect(after).toBeGreaterThanOrEqual(before);
            else expect(after).toBeLessThanOrEqual(before);
          },
        ),
      );
    });

    it("missing one of the right choices costs exactly 1 / right-in-key", () => {
      fc.assert(
        fc.property(
          ofType("multi").chain((q) => fc.tuple(fc.constant(q), fc.constantFrom(...q.answer))),
          ([q, missed]) => {
            const picked = q.answer.filter((id) => id !== missed);
            expect(credit(q, picked)).toBeCloseTo(1 - 1 / q.answer.length, 10);
          },
        ),
      );
    });

    it("each wrong option added to the key costs exactly 1 / wrong options", () => {
      fc.assert(
        fc.property(
          ofType("multi").chain((q) =>
            fc.tuple(
              fc.constant(q),
              fc.subarray(q.options.map((o) => o.id).filter((id) => !q.answer.includes(id))),
            ),
          ),
          ([q, extra]) => {
            const wrongOptions = q.options.length - q.answer.length;
            expect(credit(q, [...q.answer, ...extra])).toBeCloseTo(
              1 - extra.length / wrongOptions,
              10,
            );
          },
        ),
      );
    });

    // Select-all must not pay, however many of the options are right (the old rule paid 0.5
    // on the real "four-areas" question).
    it("picking every option earns nothing", () => {
      fc.assert(
        fc.property(ofType("multi"), (q) => {
          expect(
            credit(
              q,
              q.options.map((o) => o.id),
            ),
          ).toBe(0);
        }),
      );
    });
  });

  describe("order", () => {
    const arrangements = ofType("order").chain((q) =>
      fc.tuple(fc.constant(q), permutation(q.answer)),
    );
    /** Pairs of items, near or far apart, that the response puts in the key's order. */
    const pairsInOrder = (key: string[], r: string[]) =>
      r
        .flatMap((a, i) => r.slice(i + 1).map((b) => key.indexOf(a) < key.indexOf(b)))
        .filter(Boolean).length;
    const allPairs = (n: number) => (n * (n - 1)) / 2;

    it("the share of all pairs of items in the key's relative order", () => {
      fc.assert(
        fc.property(arrangements, ([q, r]) => {
          expect(credit(q, r)).toBeCloseTo(
            pairsInOrder(q.answer, r) / allPairs(q.answer.length),
            10,
          );
        }),
      );
    });

    it("an arrangement and its reverse earn 1 between them", () => {
      fc.assert(
        fc.property(arrangements, ([q, r]) => {
          expect(credit(q, r) + credit(q, [...r].reverse())).toBeCloseTo(1, 10);
        }),
      );
    });

    it("the key reversed earns nothing; a list of the wrong length earns nothing", () => {
      fc.assert(
        fc.property(
          arrangements.chain(([q, r]) =>
            fc.tuple(fc.constant(q), fc.constant(r), fc.integer({ min: 0, max: r.length - 1 })),
          ),
          ([q, r, cut]) => {
            expect(credit(q, [...q.answer].reverse())).toBe(0);
            expect(
              credit(
                q,
                r.filter((_, i) => i !== cut),
              ),
            ).toBe(0);
            expect(credit(q, [...r, r[cut]!])).toBe(0);
          },
        ),
      );
    });

    it("an unknown or a repeated item earns nothing, even at the right length", () => {
      fc.assert(
        fc.property(
          arrangements.chain(([q, r]) =>
            fc.tuple(
              fc.constant(q),
              fc.constant(r),
              fc.integer({ min: 0, max: r.length - 1 }),
              fc.integer({ min: 1, max: r.length - 1 }),
            ),
          ),
          ([q, r, at, shift]) => {
            // "?" is not a content id, so it is never one of the items.
            expect(credit(q, r.with(at, "?"))).toBe(0);
            expect(credit(q, r.with(at, r[(at + shift) % r.length]!))).toBe(0);
          },
        ),
      );
    });

    // The rule's point: one item out of place costs little, in proportion to how far it is.
    it("moving one item k places costs exactly k of the n(n − 1)/2 pairs", () => {
      fc.assert(
        fc.property(
          ofType("order").chain((q) =>
            fc.tuple(
              fc.constant(q),
              fc.integer({ min: 0, max: q.answer.length - 1 }),
              fc.integer({ min: 0, max: q.answer.length - 1 }),
            ),
          ),
          ([q, from, to]) => {
            const moved = [...q.answer];
            const [item] = moved.splice(from, 1);
            moved.splice(to, 0, item!);
            expect(credit(q, moved)).toBeCloseTo(
              1 - Math.abs(from - to) / allPairs(q.answer.length),
              10,
            );
          },
        ),
      );
    });
  });

  describe("match", () => {
    const matches = ofType("match").chain((q) =>
      fc.tuple(
        fc.constant(q),
        fc.tuple(
          ...q.prompts.map(() =>
            fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined }),
          ),
        ),
        fc.dictionary(fc.constantFrom("extra", "ghost", "0"), fc.string(), { maxKeys: 2 }),
      ),
    );

    it("the share of prompts matched to their key, whatever else the record holds", () => {
      fc.assert(
        fc.property(matches, ([q, picked, extra]) => {
          const response: Record<string, string> = { ...extra };
          q.prompts.forEach((p, i) => {
            if (picked[i] !== undefined) response[p.id] = picked[i];
          });
          const right = q.prompts.filter((p) => response[p.id] === q.answer[p.id]).length;
          expect(credit(q, response)).toBeCloseTo(right / q.prompts.length, 10);
          // Key order in the record does not matter.
          const reversed = Object.fromEntries(Object.entries(response).reverse());
          expect(credit(q, reversed)).toBe(credit(q, response));
        }),
      );
    });
  });

  // Documented in score.ts: "A response of the wrong shape earns 0". Holes are probed on
  // purpose: Array#every skips them, so a check built on it let new Array(4) earn full marks.
  it("a response of the wrong shape earns 0 (holes in an array included)", () => {
    fc.assert(
      fc.property(withResponse, ([q, r]) => {
        const shapeOk =
          q.type === "single" || q.type === "evidence"
            ? typeof r === "string"
            : q.type === "true-false"
              ? typeof r === "boolean"
              : q.type === "match"
                ? typeof r === "object" && r !== null && !Array.isArray(r)
                : denseStrings(r) && (q.type === "multi" || r.length === q.answer.length);
        if (!shapeOk) expect(credit(q, r)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("scoreAttempt", () => {
  const attempts = quizArb.chain((quiz) =>
    fc.tuple(
      fc.constant(quiz.questions),
      fc.tuple(...quiz.questions.map((q) => fc.option(responseArb(q), { nil: undefined }))),
    ),
  );

  it("scores in question order, rounded to hundredths, out of one point per question", () => {
    fc.assert(
      fc.property(attempts, ([questions, given]) => {
        const responses = Object.fromEntries(questions.map((q, i) => [q.id, given[i] as Response]));
        const result = scoreAttempt(questions, responses);
        expect(result.maxScore).toBe(questions.length);
        expect(result.results.map((r) => r.questionId)).toEqual(questions.map((q) => q.id));
        result.results.forEach((r, i) => {
          expect(r.credit).toBeCloseTo(scoreQuestion(questions[i]!, given[i] as Response), 2);
          expect(Math.abs(r.credit * 100 - Math.round(r.credit * 100))).toBeLessThan(1e-9);
          if (given[i] === undefined) expect(r.credit).toBe(0);
        });
        const sum = result.results.reduce((a, r) => a + r.credit, 0);
        expect(result.score).toBeCloseTo(sum, 9);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(result.maxScore);
      }),
    );
  });

  it("gives the full score to the key, and ignores responses to questions it was not asked", () => {
    fc.assert(
      fc.property(quizArb, fc.dictionary(fc.string(), anyValue, { maxKeys: 3 }), (quiz, stray) => {
        const responses = {
          ...(stray as Record<string, Response>),
          ...Object.fromEntries(quiz.questions.map((q) => [q.id, keyOf(q)])),
        };
        expect(scoreAttempt(quiz.questions, responses)).toMatchObject({
          score: quiz.questions.length,
          maxScore: quiz.questions.length,
        });
      }),
    );
  });
});
