import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { env as mainEnv, isProduction } from "@/lib/env/env.server";
import { signInEnv } from "@/lib/env/env.server";
import { accountEn } from "@/lib/i18n/account-en";
import { localSignInMessages, localSignInSchema, localUserId } from "./local-sign-in-schema";
import { clearSessionHint, setSessionHint } from "./session-hint.server";
import { authSecret } from "./secret.server";
import { routes } from "@/lib/links/routes";

const localNameSchema = localSignInSchema(localSignInMessages(accountEn.signIn));

/** Our user id for an account: provider-scoped, so two providers never share an id. */
export function userIdOf(account: { provider: string; providerAccountId: string }): string {
  // Ours already: "local:<name>", and "lti:<course hash>" (lib/lti/lti-ids.ts).
  return account.provider === "local" || account.provider === "lti"
    ? account.providerAccountId
    : `${account.provider}:${account.providerAccountId}`;
}

/** The redirect-based providers configured, as the sign-in page lists them. */
export function providerChoices(): { id: string; name: string }[] {
  const env = signInEnv();
  return [
    env.google && { id: "google", name: "Google" },
    env.github && { id: "github", name: "GitHub" },
    env.entra && { id: "microsoft-entra-id", name: "Microsoft" },
    env.oidc && { id: "oidc", name: env.oidc.name },
  ].filter((choice) => !!choice);
}

/** The providers the environment configures, in the order the sign-in page shows them. */
function configuredProviders(hooks: AuthHooks): Provider[] {
  const env = signInEnv();
  const providers: Provider[] = [];
  if (env.google) providers.push(Google(env.google));
  if (env.github) providers.push(GitHub(env.github));
  if (env.entra) providers.push(MicrosoftEntraID(env.entra));
  if (env.oidc) {
    const { name, ...oidc } = env.oidc;
    providers.push({ id: "oidc", name, type: "oidc", ...oidc });
  }
  if (env.local) {
    providers.push(
      Credentials({
        id: "local",
        name: "Continue as…",
        credentials: { name: { label: "Display name" } },
        authorize: (input) => {
          // The form's own schema (its words never show here: a refusal is just null).
          const parsed = localNameSchema.safeParse({ name: input?.name });
          if (!parsed.success) return null;
          return { id: localUserId(parsed.data.name), name: parsed.data.name };
        },
      }),
    );
  }
  if (mainEnv().ltiPlatforms.length > 0 || mainEnv().ltiRegistrationKey) {
    // An LMS's instructor, arriving through an LTI launch: never a button on /signin; only
    // a launch ticket we signed a minute ago, spent here once (lib/lti/launch-ticket.ts).
    providers.push(
      Credentials({
        id: "lti",
        name: "LTI",
        credentials: { ticket: {} },
        authorize: async (input) => {
          const who = await hooks.ltiInstructor(String(input?.ticket ?? ""));
          return who ? { id: who.ownerId, name: who.name } : null;
        },
      }),
    );
  }
  return providers;
}

/** What signing in does beyond Auth.js, composed in lib/services. */
export type AuthHooks = {
  /** The reader's anonymous attempts become the account's (lib/privacy/subjects.server.ts). */
  mergeAnonymousInto(userId: string): Promise<void>;
  /** The instructor an LTI launch ticket names, the first time it is shown (lib/lti). */
  ltiInstructor(ticket: string): Promise<{ ownerId: string; name: string } | undefined>;
};

/**
 * Auth.js, built per request (so `next build` needs no secret and reads no env): JWT
 * sessions whose token holds only our user id and a display name (no e-mail, no picture).
 * The session cookie is HttpOnly and SameSite=Lax, and Secure in production builds.
 */
export function authConfig(hooks: AuthHooks): NextAuthConfig {
  const { mergeAnonymousInto } = hooks;
  return {
    secret: authSecret(),
    session: { strategy: "jwt" },
    useSecureCookies: isProduction(),
    pages: { signIn: routes.signIn(), error: routes.signIn() },
    providers: configuredProviders(hooks),
    callbacks: {
      jwt({ token, account }) {
        if (account) token.uid = userIdOf(account);
        return { uid: token.uid, name: token.name, sub: token.sub };
      },
      session({ session, token }) {
        session.user = { ...session.user, id: String(token.uid), name: token.name ?? null };
        return session;
      },
    },
    events: {
      // The reader's anonymous attempts become the account's, once (idempotent if repeated).
      // If the store is down, signing in still works; the next submission finishes the merge.
      async signIn({ account }) {
        if (!account) return;
        await setSessionHint();
        // A course's instructors share its identity: nobody's own attempts move into it.
        if (account.provider === "lti") return;
        await mergeAnonymousInto(userIdOf(account)).catch((error: unknown) =>
          console.error("[auth] merge on sign-in deferred:", error),
        );
      },
      async signOut() {
        await clearSessionHint();
      },
    },
  };
}
