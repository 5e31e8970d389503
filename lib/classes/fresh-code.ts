import type { ClassesPort } from "./classes-port";
import type { ClassRecord } from "./types";

/** How many codes to draw before giving up: with 887 million codes, 8 collisions never happen. */
export const CODE_TRIES = 8;

/**
 * Creates the class under a code nobody holds: draws one, and another while the store says
 * it is taken (a teacher's form and an LMS's first launch alike).
 */
export async function createWithFreshCode(
  classes: Pick<ClassesPort, "createClass">,
  newCode: () => string,
  fields: Omit<ClassRecord, "code">,
): Promise<ClassRecord> {
  for (let tries = 0; tries < CODE_TRIES; tries++) {
    const record: ClassRecord = { code: newCode(), ...fields };
    if (await classes.createClass(record)) return record;
  }
  throw new Error(`could not draw a free class code in ${CODE_TRIES} tries`);
}
