import { oneOf } from "../choice-list";
import { MESSAGES } from "../messages";
import type { AnswerModule } from "../module";
import type { Choice } from "../shared";

/** A claim in our words, and sentences of the source to pick the proof from. */
export type EvidencePublic = {
  id: string;
  type: "evidence";
  prompt: string;
  claim: string;
  options: Choice[];
};

export const evidenceAnswer: AnswerModule<EvidencePublic> = {
  schema: (q) => oneOf(q.options, MESSAGES.choose),
  repeats: false,
  toResponse: (value) => value as string,
};
