import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/quiz/question-types/messages";
import { CONFLICT_MESSAGE, NOT_SAVED_MESSAGE, OTHER_QUIZ } from "@/lib/quiz/submit";
import { NO_OPEN_CLASS_FOR_ANSWERS } from "@/lib/classes/class-submissions.server";
import { NOT_A_MEMBER } from "@/lib/classes/class-submit";
import { RULES } from "@/lib/rate-limit/rules";
import { INVALID_FORM } from "@/lib/forms/action-state";
import { JOIN_MESSAGES } from "@/lib/classes/class-forms";
import { UNKIND_NICKNAME } from "@/lib/classes/kind-nickname-message";
import { CLOSED, NOT_JOINING, REMOVED } from "@/lib/classes/student.server";
import { NO_OPEN_CLASS } from "@/lib/classes/class-door.server";
import { spanishOf, toSpanish } from "./messages-es";

/**
 * Every message the quiz and the class join can show a student, whole (rate limits as the
 * limiter builds them).
 */
const QUIZ_MESSAGES = [
  ...Object.values(MESSAGES),
  CONFLICT_MESSAGE,
  NOT_SAVED_MESSAGE,
  OTHER_QUIZ,
  NO_OPEN_CLASS_FOR_ANSWERS,
  NOT_A_MEMBER,
  INVALID_FORM,
  "This quiz does not exist. Go back to the briefing and start again.",
  "This retry lists questions that are not in the quiz. Start it again from your results.",
  ...[RULES.submitPerSubject, RULES.submitPerIp, RULES.joinPerClassAndIp].map(
    (rule) => `${rule.message} Try again in 3 minutes. Your answers are kept on this device.`,
  ),
  "We could not check this request just now. Try again in 1 second.",
  ...Object.values(JOIN_MESSAGES),
  UNKIND_NICKNAME,
  NOT_JOINING,
  CLOSED,
  REMOVED,
  NO_OPEN_CLASS,
];

/** An English word of two letters or more that Spanish does not share. */
const ENGLISH = /\b(the|your|you|this|is|are|and|again|answers?|try|not|we|our)\b/i;

describe("the quiz's messages in Spanish", () => {
  it("translates every message a student can be shown, sentence by sentence, leaving no English", () => {
    for (const message of QUIZ_MESSAGES) {
      const spanish = toSpanish(message);
      expect(spanish, message).not.toBe(message);
      expect(spanish, message).not.toMatch(ENGLISH);
    }
  });

  it("leaves a sentence it does not know as it is, and counts in Spanish", () => {
    expect(toSpanish("Choose an answer. Something new.")).toBe(
      "Elige una respuesta. Something new.",
    );
    expect(toSpanish("Try again in 1 minute.")).toBe("Vuelve a intentarlo en 1 minuto.");
    expect(toSpanish("Try again in 40 seconds.")).toBe("Vuelve a intentarlo en 40 segundos.");
  });

  it("gives a client component its messages keyed by their English", () => {
    expect(spanishOf([MESSAGES.choose])).toEqual({ [MESSAGES.choose]: "Elige una respuesta." });
  });
});
