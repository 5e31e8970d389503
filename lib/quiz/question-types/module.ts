// The contract of a question type. One folder per type implements it (lib/quiz/question-types/<type>/),
// and registry.ts maps each type name to its module: a missing piece is a compile error.
import type { Lang } from "@/lib/i18n/lang";
import type * as zm from "zod/mini";
import type { z } from "zod";
import type { Choice, Citation, ReasonOf, Response, WrongPick } from "./shared";

/** A fact as a type's checks see it: its id and evidence span. */
export type FactRef = { id: string; evidence: string };

type Claim = { id: string; text: string; facts: string[]; kind: "event" | "claim" };

/** What a type's content check may look at beyond the question: the source and its facts. */
export type SourceContext = { source: string; facts: Map<string, FactRef> };

/**
 * How the content check proves a key against the source (docs/editorial.md, "Every key
 * proven"). The editorial checker implements it and hands it to each type's `proveKey`, so a
 * type states what proves its key without importing the checker. Each method returns
 * problems in the editor's words, or nothing.
 */
export type KeyProof = {
  /**
   * Names, numbers and dates of `text` that the facts' evidence (and who says it) lacks; with
   * `"names"`, only its names (a wrong option's wrong number is what makes it wrong).
   */
  unproven(text: string, facts: string[], only?: "names"): string[];
  /** What keeps `text` from saying what the fact says: terms it lacks, hedges it drops. */
  unfaithful(text: string, fact: string): string[];
  /** Whether `text` shares a word of substance with the fact (its evidence or wording). */
  about(text: string, fact: string): boolean;
  /** Whether `text` names who the fact is credited to ("A Ukrainian official"). */
  namesSpeaker(text: string, fact: string): boolean;
  /** Who the fact is credited to, with the source's words that credit it, for messages. */
  speaker(fact: string): string;
  /** The fact's evidence, quoted for messages (shortened when long). */
  quote(fact: string): string;
  /** When the fact's evidence dates what it tells (ISO days, inclusive), if it does. */
  dateOf(fact: string): { from: string; to: string; text: string } | undefined;
};

/**
 * The form half: everything the browser needs, and nothing that knows the key. It is loaded
 * on the client (with zod/mini), so a type's `answer.ts` imports only client-safe code.
 */
export type AnswerModule<P> = {
  /** The question's value in the form, as zod/mini checks it on both sides. */
  schema(q: P): zm.ZodMiniType;
  /** A checkbox group: the form posts the field once per ticked box. */
  repeats: boolean;
  /** The validated form value as the scorer's response. */
  toResponse(value: unknown): Response;
};

/**
 * Everything the app knows about one question type. `Q` is its shape in quiz.json (with the
 * key, explanation and reasons: server-only), `P` what a quiz page may know.
 */
export type QuestionTypeModule<Q extends { id: string; type: string }, P> = {
  /** quiz.json: the question with its key. */
  schema: z.ZodType<Q>;
  /** A malformed key, in the editor's words (an unknown option, an order that gives itself away). */
  keyProblems(q: Q, context: SourceContext): string[];
  /** A key the source does not bear out, in the editor's words (see KeyProof). */
  proveKey(q: Q, proof: KeyProof): string[];
  /** The facts a reader must know to answer, each edition must carry (the tested fact first). */
  testedFacts(q: Q): string[];
  /** Every place it cites facts: the question, its events or lines, its reasons. */
  citations(q: Q): Citation[];
  /** Every reason it carries, by the choice each explains. */
  reasons(q: Q): ReasonOf[];
  /** The wording of its right answers, to spot two questions asking the same thing. */
  keyTexts(q: Q): string[];
  /** Every choice offered: quoted words in any of them must be the source's own. */
  choices(q: Q): Choice[];
  /**
   * Our words in it that state something, with the facts they rest on: an `event` says it
   * happened (an order question's events), a `claim` that it is so. Both keep their hedges.
   */
  claims(q: Q): Claim[];
  /** The question as one line of text, for the result page and the dashboard. */
  title(q: Q, lang?: Lang): string;
  /**
   * The page's view of it: no key, no explanation, no reasons, no fact ids. `lang`: the
   * page's language, for words a type adds itself (true/false); the rest are the quiz file's.
   */
  project(q: Q, lang?: Lang): P;
  /** Credit in [0, 1] from the key, whatever the browser sent (see README, scoring). */
  score(q: Q, response: Response | undefined): number;
  /** A response in words, one line per part, for the result page ([] when unanswered). */
  describe(q: Q, response: Response | undefined, lang?: Lang): string[];
  /** The wrong pieces of a response with their reasons (result page, class insights). */
  wrongPicks(q: Q, response: Response | undefined, lang?: Lang): WrongPick[];
  answer: AnswerModule<P>;
};
