import type { ClassesPort } from "@/lib/classes/classes-port";
import { NICKNAME_MAX, TITLE_MAX } from "@/lib/classes/class-forms";
import { createWithFreshCode } from "@/lib/classes/fresh-code";
import { canJoin, type ClassRecord } from "@/lib/classes/types";
import type { Lang } from "@/lib/i18n/lang";
import { CLAIM, isInstructor, SCORE_SCOPE, type resourceLinkClaims } from "./claims";
import { ltiCourseOwnerId, ltiLinkKey, ltiStudentId } from "./lti-ids";
import type { LtiPort } from "./lti-port";

// Who a verified launch is, and where they land. Each resource link of a course (one
// activity in the LMS) is one class of ours, made at its first launch with the briefing,
// level and language the activity was linked with (Deep Linking's custom parameters). A
// learner is a member of that class with no nickname asked: the LMS's given name if it sends
// one, else "Student". An instructor of the course is its classes' owner. A role we do not
// know is a learner's.

type ResourceLinkClaims = ReturnType<typeof resourceLinkClaims.parse>;

export type LtiArrival =
  | { kind: "learner"; code: string; studentId: string; lang: Lang }
  | { kind: "instructor"; code: string; ownerId: string; name: string }
  | { kind: "refused"; why: "no-briefing" | "removed" | "closed"; lang?: Lang };

export type ArrivalDeps = {
  classes: ClassesPort;
  lti: LtiPort;
  /** The briefing's title if it exists, and which level and language it has. */
  briefing: (slug: string) => { title: string; easy: boolean; langs: readonly Lang[] } | undefined;
  newCode: () => string;
};

/**
 * The activity's line item, when the platform lets us post scores to it (AGS §3.1). Over
 * https only, unless the platform itself is plain http (a test LMS): our access token never
 * goes in the clear, nor to an http address inside a network the platform pointed us at.
 */
function scoreLineItem(claims: ResourceLinkClaims, issuer: string): string | undefined {
  const ags = claims[CLAIM.ags];
  if (!ags?.lineitem || !ags.scope.includes(SCORE_SCOPE)) return undefined;
  const secure = new URL(ags.lineitem).protocol === "https:";
  return secure || new URL(issuer).protocol === "http:" ? ags.lineitem : undefined;
}

export function ltiArrivals(deps: ArrivalDeps) {
  /** The new class a link's first launch makes, or why it cannot. */
  async function newClass(
    claims: ResourceLinkClaims,
    ownerId: string,
    now: number,
  ): Promise<ClassRecord | undefined> {
    const custom = claims[CLAIM.custom] ?? {};
    const briefing = custom.slug ? deps.briefing(custom.slug) : undefined;
    if (!custom.slug || !briefing) return undefined;
    const title =
      claims[CLAIM.resourceLink].title ?? claims[CLAIM.context]?.title ?? briefing.title;
    return createWithFreshCode(deps.classes, deps.newCode, {
      ownerId,
      title: title.trim().slice(0, TITLE_MAX) || briefing.title.slice(0, TITLE_MAX),
      slug: custom.slug,
      feedback: "immediate",
      createdAt: now,
      ...(custom.level === "easy" && briefing.easy ? { level: "easy" } : {}),
      ...(custom.lang === "es" && briefing.langs.includes("es") ? { lang: "es" } : {}),
    });
  }

  /** The class a link launches into: the one it points at, or a new one made now. */
  async function classOf(
    claims: ResourceLinkClaims,
    where: { issuer: string; deploymentId: string },
    now: number,
  ): Promise<ClassRecord | undefined> {
    const contextId = claims[CLAIM.context]?.id ?? claims[CLAIM.resourceLink].id;
    const linkKey = await ltiLinkKey(where, contextId, claims[CLAIM.resourceLink].id);
    const stale = await deps.lti.ltiClassCode(linkKey);
    const existing = stale && (await deps.classes.getClass(stale, now));
    if (existing) return existing;
    const made = await newClass(claims, await ltiCourseOwnerId(where, contextId), now);
    if (!made) return undefined;
    const code = await deps.lti.claimLtiClass(linkKey, made.code, stale);
    if (code === made.code) return made;
    // Another first launch won: its class is the link's, ours goes.
    await deps.classes.deleteClass(made.code, made.ownerId);
    return deps.classes.getClass(code, now);
  }

  return {
    async arrive(
      claims: ResourceLinkClaims,
      where: { issuer: string; clientId: string; deploymentId: string },
      now: number,
    ): Promise<LtiArrival> {
      const klass = await classOf(claims, where, now);
      if (!klass) return { kind: "refused", why: "no-briefing" };
      if (isInstructor(claims[CLAIM.roles])) {
        const name = claims[CLAIM.context]?.title ?? klass.title;
        return { kind: "instructor", code: klass.code, ownerId: klass.ownerId, name };
      }
      const studentId = await ltiStudentId(where, claims.sub);
      const known = await deps.classes.getStudent(klass.code, studentId);
      const lang = klass.lang ?? "en";
      if (known?.removedAt !== undefined) return { kind: "refused", why: "removed", lang };
      if (!known && !canJoin(klass, now)) return { kind: "refused", why: "closed", lang };
      const nickname = (claims.given_name?.trim() || "Student").slice(0, NICKNAME_MAX);
      await deps.classes.joinClass(klass.code, studentId, nickname, now);
      // Where their scores go, when the LMS takes them for this activity (kept up to date:
      // the LMS may move the line item).
      const lineItem = scoreLineItem(claims, where.issuer);
      if (lineItem) {
        await deps.lti.setGradeTarget(klass.code, studentId, {
          issuer: where.issuer,
          clientId: where.clientId,
          lineItem,
          userId: claims.sub,
        });
      }
      return { kind: "learner", code: klass.code, studentId, lang };
    },
  };
}
