import type { JWTVerifyGetKey } from "jose";
import type { Platform } from "@/lib/env/lti-platforms";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";
import type { LtiArrival, ltiArrivals } from "./arrivals";
import { CLAIM, isInstructor } from "./claims";
import { acceptsResourceLinks, deepLinkResponse } from "./deep-link-response";
import { register } from "./dynamic-registration";
import { signTicket, spendTicket, verifyTicket, type Ticket } from "./launch-ticket";
import { startLogin } from "./login";
import { sha256 } from "./lti-ids";
import { readLoginState, storageKey, type PlatformStorage } from "./login-state";
import type { LtiPort } from "./lti-port";
import { readPickerSession, signPickerSession } from "./picker-session";
import type { ToolKeys } from "./tool-keys";
import { verifyLaunch } from "./verify-launch";

// An LTI launch from login to landing, for the route handlers under app/lti: the login
// initiation, the launch (checked, then the learner to their class and the instructor to its
// dashboard), and the new tab a launch inside a frame continues in. Every refusal is a named
// failure for the plain page /lti/failed; nothing is stored for a launch that fails a check.

/** What this browser keeps and becomes (cookies; lib/lti/lti-browser.server.ts). */
export type LtiBrowser = {
  keepLoginSecret(secret: string): Promise<void>;
  loginSecret(): Promise<string | undefined>;
  becomeStudent(code: string, studentId: string): Promise<void>;
};

export type LtiServiceDeps = {
  /** The LMSs we know: configured, and registered by themselves. */
  platforms: () => Promise<readonly Platform[]>;
  /** LTI_PLATFORMS alone: an issuer configured there cannot be registered over. */
  configured: () => readonly Platform[];
  /** LTI_REGISTRATION_KEY: without it, Dynamic Registration is off (a 404). */
  registrationKey: () => string | undefined;
  /** For Dynamic Registration: reading the LMS's configuration, sending ours. */
  fetch: typeof fetch;
  secret: () => string;
  store: Pick<LtiPort, "useLtiNonce" | "saveLtiPlatform">;
  arrivals: Pick<ReturnType<typeof ltiArrivals>, "arrive">;
  keysOf: (platform: Platform) => JWTVerifyGetKey;
  browser: LtiBrowser;
  random: () => string;
  /** Why a launch failed, for the server's log (the page says it in plain words). */
  log: (message: string) => void;
  /** What the Deep Linking picker offers: every briefing, its levels, languages and points. */
  briefings: () => PickerBriefing[];
  toolKeys: () => Promise<ToolKeys>;
};

type PickerBriefing = {
  slug: string;
  title: string;
  easy: boolean;
  langs: readonly string[];
  /** The quiz's points: one per question, the line item's maximum. */
  points: number;
};

export type LtiOutcome =
  | { redirect: string }
  /** Said in the class's language when the launch got as far as a class. */
  | { failed: string; lang?: Lang }
  /** A launch inside a frame: continue in a new tab, with this ticket. */
  | { newTab: string; lang?: Lang }
  /** An instructor: sign in with the ticket (Auth.js's "lti" provider spends it), then go. */
  | { signIn: string; to: string }
  /** A teacher adding the activity: on to the picker, with this session. */
  | { picker: string }
  /** Login, in an LMS that offers frame storage: keep the secret there too, then go. */
  | { store: StorageStep & { value: string; redirect: string } }
  /** Launch with no cookie back: read the secret from the LMS's storage, then post again. */
  | { fetchSecret: StorageStep & { idToken: string; state: string } };

/** A message to the LMS's frame storage: where (frame, origin) and under which key. */
type StorageStep = PlatformStorage & { key: string };

const TICKET_PREFIX = "lti-ticket\u0000";

/** Compares digests, so how long a wrong key takes says nothing of the right one. */
const sameSecret = async (given: string, secret: string) =>
  (await sha256(given)) === (await sha256(secret));

export function ltiService(deps: LtiServiceDeps) {
  /**
   * Why a registration may not stand beside the platforms we know: its issuer is one the
   * environment configures, or it claims a deployment another client of that issuer has (a
   * registration must not speak for people another one launches).
   */
  async function overlap(platform: Platform): Promise<string | undefined> {
    if (deps.configured().some((p) => p.issuer === platform.issuer)) {
      return "registration-configured";
    }
    const others = (await deps.platforms()).filter(
      (p) => p.issuer === platform.issuer && p.clientId !== platform.clientId,
    );
    const taken = others.some((p) =>
      p.deploymentIds.some((d) => platform.deploymentIds.includes(d)),
    );
    return taken ? "registration-deployment" : undefined;
  }

  const spendOnce = (id: string, expiresAt: number) =>
    deps.store.useLtiNonce(`${TICKET_PREFIX}${id}`, expiresAt, Date.now());

  /** A learner, here in this browser: it becomes the class's student. */
  async function becomeStudent(ticket: Extract<Ticket, { kind: "learner" }>): Promise<LtiOutcome> {
    await deps.browser.becomeStudent(ticket.code, ticket.studentId);
    return { redirect: routes.classJoin(ticket.code, ticket.lang) };
  }

  /** An instructor: Auth.js's "lti" provider spends the ticket as it signs them in. */
  const signIn = (ticket: Extract<Ticket, { kind: "instructor" }>, token: string) => ({
    signIn: token,
    to: routes.classDashboard(ticket.code),
  });

  const ticketOf = (arrival: Exclude<LtiArrival, { kind: "refused" }>): Ticket =>
    arrival.kind === "learner"
      ? { kind: "learner", code: arrival.code, studentId: arrival.studentId, lang: arrival.lang }
      : { kind: "instructor", code: arrival.code, ownerId: arrival.ownerId, name: arrival.name };

  return {
    /** Login initiation (GET or POST): on to the LMS's authorization endpoint. */
    async login(
      input: Record<string, string | undefined>,
      origin: string,
      now = Date.now(),
    ): Promise<LtiOutcome> {
      const start = await startLogin(input, {
        platforms: await deps.platforms(),
        secret: deps.secret(),
        now,
        origin,
        random: deps.random,
      });
      if (!start.ok) {
        deps.log(`[lti] login refused: ${start.failure} (iss ${String(input.iss)})`);
        return { failed: start.failure };
      }
      await deps.browser.keepLoginSecret(start.browserSecret);
      if (!start.storage) return { redirect: start.redirect };
      // A frame may keep no cookie of ours: the LMS keeps the secret for us as well.
      return {
        store: {
          ...start.storage,
          key: await storageKey(start.state),
          value: start.browserSecret,
          redirect: start.redirect,
        },
      };
    },

    /** The platform's form post: checked, then where the person lands. */
    async launch(
      form: {
        id_token?: string;
        state?: string;
        /** From the LMS's frame storage, read by our page (the second post). */
        lti_storage_secret?: string;
      },
      options: {
        inFrame: boolean;
        /** Posted by a page of ours (Origin is this site): only our storage page can be. */
        sameOrigin: boolean;
      },
      now = Date.now(),
    ): Promise<LtiOutcome> {
      const cookie = await deps.browser.loginSecret();
      const state = await readLoginState(form.state ?? "", deps.secret(), now);
      // The secret read back from the LMS's storage binds the launch only when our own page
      // posted it, for a login that put it there, and no cookie came: anyone else's form
      // could carry the attacker's own secret (a login forced on the victim's browser).
      const stored =
        cookie === undefined && state?.storage && options.sameOrigin
          ? form.lti_storage_secret
          : undefined;
      const browserSecret = cookie ?? stored;
      if (browserSecret === undefined && state?.storage && !("lti_storage_secret" in form)) {
        // No cookie came back, and the login left the secret in the LMS's storage: read it
        // first (nothing is checked or spent until it comes back).
        const key = await storageKey(form.state!);
        return {
          fetchSecret: { ...state.storage, key, idToken: form.id_token ?? "", state: form.state! },
        };
      }
      const result = await verifyLaunch(
        {
          idToken: form.id_token ?? "",
          state: form.state ?? "",
          browserSecret: browserSecret || undefined,
        },
        {
          platforms: await deps.platforms(),
          keysOf: deps.keysOf,
          nonces: deps.store,
          secret: deps.secret(),
          now,
        },
      );
      if (!result.ok) {
        deps.log(
          `[lti] launch refused: ${result.failure}${result.detail ? ` (${result.detail})` : ""}`,
        );
        return { failed: result.failure };
      }
      const { launch } = result;
      if (launch.kind === "LtiDeepLinkingRequest") {
        const { claims, platform } = launch;
        // Only a course's teachers add activities; the platform says whom it accepts.
        if (!isInstructor(claims[CLAIM.roles])) return { failed: "picker-role" };
        const settings = claims[CLAIM.deepLinking];
        if (!acceptsResourceLinks(settings)) return { failed: "picker-types" };
        const session = {
          issuer: platform.issuer,
          clientId: platform.clientId,
          deploymentId: claims[CLAIM.deploymentId],
          returnUrl: settings.deep_link_return_url,
          ...(settings.data !== undefined && { data: settings.data }),
        };
        return { picker: await signPickerSession(session, deps.secret(), now) };
      }
      const where = {
        issuer: launch.platform.issuer,
        clientId: launch.platform.clientId,
        deploymentId: launch.claims[CLAIM.deploymentId],
      };
      const arrival = await deps.arrivals.arrive(launch.claims, where, now);
      if (arrival.kind === "refused") {
        return { failed: arrival.why, ...(arrival.lang === "es" && { lang: arrival.lang }) };
      }
      const ticket = ticketOf(arrival);
      const issue = () => signTicket(ticket, deps.secret(), now, deps.random());
      // In a frame the browser may keep none of our cookies: the person goes on in a tab.
      if (options.inFrame) {
        const lang = ticket.kind === "learner" && ticket.lang === "es" ? ticket.lang : undefined;
        return { newTab: await issue(), ...(lang && { lang }) };
      }
      // At the top level a learner needs no ticket: they are here.
      if (ticket.kind === "learner") return becomeStudent(ticket);
      return signIn(ticket, await issue());
    },

    /**
     * The new tab a framed launch continues in (its ticket works once), opened from our
     * framed page only: the same link sent to someone else (to sign them in as the sender)
     * is refused.
     */
    async continueWith(
      token: string,
      options: { fromOurPage: boolean },
      now = Date.now(),
    ): Promise<LtiOutcome> {
      if (!options.fromOurPage) return { failed: "ticket" };
      const ticket = await verifyTicket(token, deps.secret(), now);
      if (!ticket) return { failed: "ticket" };
      if (ticket.kind === "instructor") return signIn(ticket, token);
      const spent = await spendTicket(token, deps.secret(), now, spendOnce);
      return spent ? becomeStudent(ticket) : { failed: "ticket" };
    },

    /**
     * Dynamic Registration, as the LMS opens our registration URL: only with our key; then
     * the LMS's configuration read, ours sent, and the registration it answers kept.
     */
    async register(
      query: Record<string, string | undefined>,
      origin: string,
    ): Promise<{ registered: string } | { failed: string } | { notFound: true }> {
      const key = deps.registrationKey();
      if (!key || !(await sameSecret(query.key ?? "", key))) return { notFound: true };
      const result = await register(query, { fetch: deps.fetch, origin });
      if (!result.ok) {
        deps.log(`[lti] registration refused: ${result.failure} (${result.detail})`);
        return { failed: result.failure };
      }
      const refused = await overlap(result.platform);
      if (refused) {
        deps.log(`[lti] registration refused: ${refused} (${result.platform.issuer})`);
        return { failed: refused };
      }
      await deps.store.saveLtiPlatform(result.platform);
      deps.log(`[lti] registered ${result.platform.issuer} as client ${result.platform.clientId}`);
      return { registered: result.platform.name ?? result.platform.issuer };
    },

    /** The picker's briefings, while its session is ours and unexpired. */
    async pickerChoices(session: string, now = Date.now()) {
      return (await readPickerSession(session, deps.secret(), now)) ? deps.briefings() : undefined;
    },

    /**
     * The teacher's choice, as the Deep Linking response the platform takes back: where to
     * post it and the signed token. A briefing the picker did not offer is refused.
     */
    async pick(
      form: Record<string, string | undefined>,
      origin: string,
      now = Date.now(),
    ): Promise<{ returnUrl: string; jwt: string } | { failed: string }> {
      const session = await readPickerSession(form.session ?? "", deps.secret(), now);
      if (!session) return { failed: "picker-session" };
      const briefing = deps.briefings().find((b) => b.slug === form.slug);
      if (!briefing) return { failed: "picker-choice" };
      // As a class link: the easier text and a language apply where the briefing has them.
      const level = form.level === "easy" && briefing.easy ? "easy" : "standard";
      const lang = form.lang && briefing.langs.includes(form.lang) ? form.lang : "en";
      return deepLinkResponse(
        {
          issuer: session.issuer,
          clientId: session.clientId,
          deploymentId: session.deploymentId,
          settings: {
            deep_link_return_url: session.returnUrl,
            accept_types: ["ltiResourceLink"],
            ...(session.data !== undefined && { data: session.data }),
          },
        },
        { slug: briefing.slug, title: briefing.title, level, lang, scoreMaximum: briefing.points },
        await deps.toolKeys(),
        `${origin}/lti/launch`,
        { now, nonce: deps.random() },
      );
    },

    /** Auth.js's "lti" provider: the instructor a ticket names, the first time it is shown. */
    async instructorOf(token: string, now = Date.now()) {
      const ticket = await spendTicket(token, deps.secret(), now, spendOnce);
      if (ticket?.kind !== "instructor") return undefined;
      return { ownerId: ticket.ownerId, name: ticket.name };
    },
  };
}
