// Every KV key the adapter writes, in one place (layout and TTLs: lib/store/README.md).

export type KvKeys = ReturnType<typeof kvKeys>;

export function kvKeys(prefix: string) {
  return {
    /** `"1"` while the attempt id is claimed. */
    claim: (attemptId: string) => `${prefix}attempt:${attemptId}`,
    /** The subject's attempts: field = attempt id. */
    attempts: (subjectId: string) => `${prefix}subject:${subjectId}:attempts`,
    /** The subject's class links: field = class code, value = its student id there. */
    links: (subjectId: string) => `${prefix}subject:${subjectId}:classes`,
    /** The class's five keys: record, students, nicknames, results, LMS grades. */
    class: (code: string) =>
      [
        `${prefix}class:${code}`,
        `${prefix}class:${code}:students`,
        `${prefix}class:${code}:nicknames`,
        `${prefix}class:${code}:results`,
        `${prefix}class:${code}:lms`,
      ] as const,
    owner: (ownerId: string) => `${prefix}owner:${ownerId}:classes`,
    /** SCAN patterns: every subject hash, every attempt-id claim. */
    subjectPattern: `${glob(prefix)}subject:*`,
    claimPattern: `${glob(prefix)}attempt:*`,
    /** The subject whose hash this key is (attempts or class links), else undefined. */
    subjectOf(key: string): string | undefined {
      const head = `${prefix}subject:`;
      const tail = /:(attempts|classes)$/.exec(key);
      return key.startsWith(head) && tail ? key.slice(head.length, tail.index) : undefined;
    },
  };
}

/** The prefix as a literal in a SCAN MATCH pattern. */
const glob = (text: string) => text.replace(/[*?[\]\\]/g, "\\$&");

export const DAY_MS = 24 * 60 * 60 * 1000;
