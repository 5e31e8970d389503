import "server-only";
import type { ClassRecord, Membership, StudentRecord } from "@/lib/classes/types";
import type { AttemptRecord } from "@/lib/quiz/attempt";
import { liveClass, parseResult } from "./kv-classes";
import type { KvClient } from "./kv-client";
import type { KvKeys } from "./kv-keys";
import { DELETE_SUBJECT, LINK, READ } from "./kv-subject-scripts";
import { byClass, subjectClassData, unionMemberships } from "./memberships";
import type { SubjectsPort } from "@/lib/privacy/subjects-port";

// A link changing between reading the links and deleting is rare (a class joined in that
// instant); the script refuses then, and the links are read again this many times at most.
const DELETE_TRIES = 3;

type Options = {
  classDays: () => number;
  retentionMs: () => number;
  toRecord: (subjectId: string, json: string) => AttemptRecord;
};

/** Newest first, as `listAttempts` promises. */
export function newestFirst(a: AttemptRecord, b: AttemptRecord): number {
  return b.createdAt - a.createdAt || b.attemptId.localeCompare(a.attemptId);
}

// One field per (class, student): a subject may be two students of one class (a phone and a
// laptop joined separately), and deleting must reach both. Field "<code>:<student id>", value
// the student id (codes never hold a colon).
const linkField = ({ code, studentId }: Membership) => `${code}:${studentId}`;

const fromFlat = (flat: string[] | null): Membership[] => {
  const links: Membership[] = [];
  for (let i = 0; flat && i < flat.length; i += 2) {
    const field = flat[i]!;
    links.push({ code: field.slice(0, field.indexOf(":")), studentId: flat[i + 1]! });
  }
  return links.sort(byClass);
};

/** One subject's data; retention over the whole database is kv-retention.ts. */
export function kvSubjectOps(
  kv: KvClient,
  keys: KvKeys,
  { classDays, retentionMs, toRecord }: Options,
): Omit<SubjectsPort, "applyRetention" | "mergeSubjects"> {
  /** The subject's student record and result in one class, if both the class and they live. */
  const classData = async (memberships: Membership[], now: number) => {
    if (memberships.length === 0) return [];
    const pipeline = kv.pipeline();
    for (const { code, studentId } of memberships) {
      const [classKey, students, , results] = keys.class(code);
      pipeline.get(classKey).hget(students, studentId).hget(results, studentId);
    }
    const replies = (await pipeline.exec()) as (string | null)[];
    return memberships.map((membership, i) => {
      const [json, student, result] = replies.slice(3 * i, 3 * i + 3);
      const record = json ? (JSON.parse(json) as ClassRecord) : undefined;
      return subjectClassData(
        membership,
        record !== undefined && liveClass(record, now, classDays()),
        student ? (JSON.parse(student) as StudentRecord) : undefined,
        result ? parseResult(membership.studentId, result) : undefined,
      );
    });
  };

  return {
    async linkMembership(subjectId, membership, now) {
      await kv.eval<string[], number>(
        LINK,
        [keys.attempts(subjectId), keys.links(subjectId)],
        [linkField(membership), membership.studentId, String(now + retentionMs())],
      );
    },

    async listMemberships(subjectId, now = Date.now()) {
      const [flat] = await kv.eval<string[], [string[] | null]>(
        READ,
        [keys.links(subjectId)],
        [String(now), "HGETALL"],
      );
      return fromFlat(flat);
    },

    async exportSubject(subjectId, extra, now = Date.now()) {
      const [attempts, flat] = await kv.eval<string[], [string[] | null, string[] | null]>(
        READ,
        [keys.attempts(subjectId), keys.links(subjectId)],
        [String(now), "HVALS", "HGETALL"],
      );
      return {
        attempts: (attempts ?? []).map((json) => toRecord(subjectId, json)).sort(newestFirst),
        classes: await classData(unionMemberships(fromFlat(flat), extra), now),
      };
    },

    async deleteSubject(subjectId, extra) {
      const [attemptsKey, linksKey] = [keys.attempts(subjectId), keys.links(subjectId)];
      for (let i = 0; i < DELETE_TRIES; i++) {
        // Strings out (automaticDeserialization off): HGETALL is the flat field, value list.
        const links = fromFlat((await kv.hgetall(linksKey)) as string[] | null);
        const memberships = unionMemberships(links, extra);
        const deleted = await kv.eval<string[], [number, number] | -1>(
          DELETE_SUBJECT,
          [attemptsKey, linksKey, ...memberships.flatMap(({ code }) => keys.class(code).slice(1))],
          [
            String(links.length),
            ...links.flatMap((l) => [linkField(l), l.studentId]),
            ...memberships.map((m) => m.studentId),
          ],
        );
        if (deleted !== -1) return { attempts: deleted[0], classes: deleted[1] };
      }
      throw new Error(`the class links of ${subjectId} kept changing while being deleted`);
    },
  };
}
