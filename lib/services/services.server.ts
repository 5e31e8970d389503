import "server-only";
import NextAuth from "next-auth";
import { anonymousSubject, ensureAnonymousSubject } from "@/lib/auth/anonymous.server";
import { authConfig } from "@/lib/auth/config.server";
import type { Identity } from "@/lib/auth/identity";
import { authSecret } from "@/lib/auth/secret.server";
import { classDoor } from "@/lib/classes/class-door.server";
import { classSubmissions } from "@/lib/classes/class-submissions.server";
import { classMember, ensureClassMember } from "@/lib/classes/membership.server";
import { moderationService } from "@/lib/classes/moderation.server";
import { studentService } from "@/lib/classes/student.server";
import { teacherService } from "@/lib/classes/teacher.server";
import { chosenLevel, startAtLevel } from "@/lib/content/level-preference.server";
import { chosenLang, startInLang } from "@/lib/i18n/lang-preference.server";
import { mergeService, myDataService } from "@/lib/privacy/subjects.server";
import { attemptsService } from "@/lib/quiz/attempts.server";
import { progressService } from "@/lib/quiz/my-progress.server";
import { limitsService } from "@/lib/rate-limit/limits.server";
import { newClassCode } from "@/lib/classes/class-code.server";
import { briefingOffer, briefingOffers } from "@/lib/lti/briefing-offers.server";
import { ltiToolKeys } from "@/lib/lti/tool-keys.server";
import { env } from "@/lib/env/env.server";
import { ltiArrivals } from "@/lib/lti/arrivals";
import { ltiBrowser } from "@/lib/lti/lti-browser.server";
import { ltiService } from "@/lib/lti/lti-service";
import { platformKeys } from "@/lib/lti/platform-keys";
import { allPlatforms } from "@/lib/lti/platforms";
import { ltiFrameOrigins } from "@/lib/env/lti-platforms";
import { getStore } from "./store.server";
import { after } from "next/server";
import { gradePassback } from "@/lib/lti/grade-passback";
import { gradeService } from "@/lib/lti/grade-service";
import { lmsGradesService } from "@/lib/lti/lms-grades";

// The composition root (docs/architecture.md): the one place that knows every room. It
// chooses the store (store.server.ts), hands each feature service the port it declared and
// the other services it needs, and builds Auth.js with sign-in's merge. app/ calls what it
// exports; no feature imports this module or the store. Everything is built on first use.

const once = <T>(make: () => T) => {
  let built: T | undefined;
  return () => (built ??= make());
};

const merge = (userId: string) => mergeService(getStore(), anonymousSubject)(userId);

/** Auth.js, with its configuration (secret, providers from env) read per request. */
const nextAuth = NextAuth(() =>
  authConfig({ mergeAnonymousInto: merge, ltiInstructor: (ticket) => lti().instructorOf(ticket) }),
);
export const { handlers, signIn, signOut } = nextAuth;
const auth = nextAuth.auth;

/** Who is asking: the signed-in user, else this browser's anonymous id. */
export const identity: Identity = {
  session: () => auth(),
  userId: async () => (await auth())?.user?.id,
  async subject(session) {
    const known = session === undefined ? await auth() : session;
    return known?.user?.id ?? (await anonymousSubject());
  },
  // Signed in: the user, finishing a merge that sign-in could not (the store was down).
  async ensureSubject() {
    const userId = (await auth())?.user?.id;
    if (!userId) return ensureAnonymousSubject();
    await merge(userId);
    return userId;
  },
};

export const limits = once(() => limitsService(getStore(), authSecret));

export const myData = once(() =>
  myDataService({ subjects: getStore(), classes: getStore(), identity }),
);

export const quizAttempts = once(() =>
  attemptsService({
    attempts: getStore(),
    identity,
    classes: classSubmissions(
      getStore(),
      classDoor({
        classes: getStore(),
        member: classMember,
        unknownClassGuard: () => limits().unknownClassGuard(),
      }),
      // After the student has their result: an LMS that is slow or down (retried with
      // backoff for up to ~10 s) never holds up the submission.
      (code, studentId) =>
        after(() =>
          gradePassbacks()
            .send(code, studentId)
            .then(() => {}),
        ),
    ),
    limit: (subjectId) => limits().submission(subjectId),
  }),
);

export const progress = once(() => progressService({ attempts: getStore(), identity }));

export const teaching = once(() =>
  teacherService({
    classes: getStore(),
    identity,
    limitCreation: (teacherId) => limits().classCreation(teacherId),
    limitExport: (teacherId) => limits().quizExport(teacherId),
  }),
);

export const moderation = once(() =>
  moderationService({ classes: getStore(), teacher: teaching() }),
);

export const studentClasses = once(() =>
  studentService({
    classes: getStore(),
    browser: {
      member: classMember,
      ensureMember: ensureClassMember,
      chosenLevel,
      startAtLevel,
      chosenLang,
      startInLang,
    },
    limits: limits(),
    linkMembership: (membership, now) => myData().linkClassMembership(membership, now),
    askerMemberships: (now) => myData().askerMemberships(now),
  }),
);

/** One per instance: it keeps each platform's access token until it expires. */
const ltiGradeService = once(() =>
  gradeService({
    keys: ltiToolKeys,
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => crypto.randomUUID(),
  }),
);

const gradePassbacks = once(() =>
  gradePassback({
    grades: getStore(),
    classes: getStore(),
    platforms: ltiPlatforms,
    postScore: (platform, lineItem, score) =>
      ltiGradeService().postScore(platform, lineItem, score),
    now: Date.now,
    log: (message) => console.warn(message),
  }),
);

export const lmsGrades = once(() =>
  lmsGradesService({
    owned: (code, now) => teaching().ownedClass(code, now),
    classes: getStore(),
    grades: getStore(),
    passback: gradePassbacks(),
  }),
);

/** The LMSs we know: LTI_PLATFORMS, then those that registered themselves. */
const ltiPlatforms = async () =>
  allPlatforms(env().ltiPlatforms, await getStore().listLtiPlatforms());

/**
 * The origins that may frame the LTI pages (the proxy's CSP): every LMS we know. Should the
 * store not answer, the configured ones.
 */
export async function ltiFramers(): Promise<string[]> {
  return ltiFrameOrigins(await ltiPlatforms().catch(() => env().ltiPlatforms));
}

export const lti = once(() =>
  ltiService({
    platforms: ltiPlatforms,
    configured: () => env().ltiPlatforms,
    registrationKey: () => env().ltiRegistrationKey,
    fetch: (input, init) => fetch(input, init),
    secret: authSecret,
    store: getStore(),
    arrivals: ltiArrivals({
      classes: getStore(),
      lti: getStore(),
      briefing: briefingOffer,
      newCode: newClassCode,
    }),
    keysOf: (platform) => platformKeys(platform),
    browser: ltiBrowser,
    briefings: briefingOffers,
    toolKeys: ltiToolKeys,
    random: () => crypto.randomUUID(),
    log: (message) => console.warn(message),
  }),
);
