import type { Platform } from "@/lib/env/lti-platforms";

// The storage LTI needs, across every instance: each platform nonce used once, and which
// class each resource link of a course launches into. lib/store implements it, proven by
// test/contracts/lti-contract.ts.

export interface LtiPort extends LtiGradesPort {
  /**
   * Keeps an LMS that registered itself (Dynamic Registration), by issuer and client id; a
   * registration of one we keep adds its deployments and takes its new endpoints.
   */
  saveLtiPlatform(platform: Platform): Promise<void>;
  /** Every LMS that registered itself. */
  listLtiPlatforms(): Promise<Platform[]>;
  /**
   * Records a launch's nonce (`key`: the issuer and the nonce) until `expiresAt`. True the
   * first time; false when it was seen before and has not expired: a replayed launch.
   * Atomic: of two launches with one nonce at once, one gets true.
   */
  useLtiNonce(key: string, expiresAt: number, now: number): Promise<boolean>;
  /** The class code a resource link (`linkKey`, lib/lti/lti-ids.ts) launches into, if any. */
  ltiClassCode(linkKey: string): Promise<string | undefined>;
  /**
   * Points the link at `code` when it points nowhere, or still at `stale` (a class that has
   * since expired); returns the code it points at afterwards. Atomic: of two first launches
   * at once, both get the same code back.
   */
  claimLtiClass(linkKey: string, code: string, stale?: string): Promise<string>;
}

/** Where a learner's scores go: the LMS's line item for their activity, and its id for them. */
export type GradeTarget = {
  issuer: string;
  clientId: string;
  /** The line item (AGS) of the resource link, from the launch. */
  lineItem: string;
  /** The LMS's own id for the learner (`sub`), which a score must name. */
  userId: string;
};

/** What the last send of a student's score did. */
export type GradeSent = {
  attemptId: string;
  scoreGiven: number;
  scoreMaximum: number;
  at: number;
  ok: boolean;
  /** Why it did not reach the LMS (an HTTP status or "network"), for the dashboard. */
  failure?: string;
};

/** Which attempt a class sends to the LMS: the student's best (the default) or latest. */
export type GradePolicy = "best" | "latest";

export type StudentGrade = { studentId: string; target?: GradeTarget; sent?: GradeSent };

/**
 * The scores a class sends back to its LMS. Kept with the class: they expire and are deleted
 * with it, and a student's go when the teacher removes them or they delete their data. A
 * write to a class that no longer exists is dropped.
 */
export interface LtiGradesPort {
  setGradeTarget(code: string, studentId: string, target: GradeTarget): Promise<void>;
  setGradeSent(code: string, studentId: string, sent: GradeSent): Promise<void>;
  setGradePolicy(code: string, policy: GradePolicy): Promise<void>;
  /** The class's policy and each student it has a target or a send for. */
  classGrades(code: string): Promise<{ policy: GradePolicy; students: StudentGrade[] }>;
  /** The class's policy and one student's target and last send. */
  studentGrade(code: string, studentId: string): Promise<{ policy: GradePolicy } & StudentGrade>;
}
