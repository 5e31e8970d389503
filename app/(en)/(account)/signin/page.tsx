import type { Metadata } from "next";
import Link from "next/link";
import { identity } from "@/lib/services/services.server";
import { LocalSignInForm } from "@/components/auth/local-sign-in-form";
import { signInEnv } from "@/lib/env/env.server";
import { providerChoices } from "@/lib/auth/config.server";
import { safeReturnTo } from "@/lib/auth/return-to";
import { continueAs, signInWithProvider, signOutAction } from "./actions";
import { routes } from "@/lib/links/routes";
import { ErrorMessage } from "@/components/forms/error-message";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ from?: string | string[]; error?: string | string[] }> };

// Auth.js sends readers here with ?error=<code> when a sign-in fails.
const ERRORS: Record<string, string> = {
  AccessDenied: "Signing in was cancelled or refused. You can try again.",
  Configuration: "That way of signing in is not set up on this site.",
  Verification: "That sign-in link has expired. Try again.",
  RateLimited: "Too many sign-in attempts from this network. Try again in a few minutes.",
};
const DEFAULT_ERROR = "Signing in did not work. Try again, or use another way.";

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const from = safeReturnTo(params.from);
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const session = await identity.session();
  const providers = providerChoices();
  const local = signInEnv().local;

  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-3xl font-bold tracking-tight">
        {session ? "You are signed in" : "Sign in"}
      </h1>

      <ErrorMessage
        message={errorCode && !session ? (ERRORS[errorCode] ?? DEFAULT_ERROR) : undefined}
        className="mt-4"
      />

      {session ? (
        <div className="mt-4 space-y-4">
          <p className="leading-relaxed">
            Signed in as <strong>{session.user.name ?? "you"}</strong>. Your quiz progress is kept
            with your account, on every device where you sign in.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href={routes.me()} className="button-primary">
              My progress
            </Link>
            <form action={signOutAction}>
              <input type="hidden" name="from" value="/" />
              <button type="submit" className="button-secondary">
                Sign out
              </button>
            </form>
          </div>
        </div>
      ) : (
        <>
          <p className="mt-2 leading-relaxed text-muted">
            You do not need an account to read or take quizzes. Sign in to keep your progress on
            your phone and your laptop alike; the attempts made in this browser move to your
            account.
          </p>

          {providers.length > 0 && (
            <ul className="mt-6 space-y-3">
              {providers.map((p) => (
                <li key={p.id}>
                  <form action={signInWithProvider}>
                    <input type="hidden" name="provider" value={p.id} />
                    <input type="hidden" name="from" value={from} />
                    <button type="submit" className="button-secondary w-full justify-center">
                      Continue with {p.name}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}

          {local && (
            <section
              aria-labelledby="local-heading"
              className="mt-6 rounded-lg border border-rule bg-card p-4"
            >
              <h2 id="local-heading" className="text-lg font-bold">
                Continue as… (this computer only)
              </h2>
              <p className="mt-1 text-sm leading-relaxed text-muted">
                For trying the site on one machine: no password, just a name. Anyone using this site
                here can continue under the same name and see its progress.
              </p>
              <LocalSignInForm from={from} action={continueAs} />
            </section>
          )}

          {providers.length === 0 && !local && (
            <p className="mt-6 rounded-lg border border-rule bg-card p-4">
              Signing in is not set up on this site yet. Your progress is still kept in this
              browser.
            </p>
          )}

          <h2 className="mt-10 text-lg font-bold">What signing in keeps</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
            <li>An id from the service you sign in with, and the name it gives us.</li>
            <li>Your quiz attempts: answers, scores and dates.</li>
          </ul>
          <h2 className="mt-6 text-lg font-bold">What it does not keep</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
            <li>No password, no e-mail address, no profile picture, no contacts.</li>
            <li>Nothing is shared with other readers or sold; there are no ads.</li>
          </ul>
        </>
      )}
    </div>
  );
}
