import Link from "next/link";
import { RichText } from "@/components/account/rich-text";
import { LocalSignInForm } from "@/components/auth/local-sign-in-form";
import { ErrorMessage } from "@/components/forms/error-message";
import { providerChoices } from "@/lib/auth/config.server";
import { localSignInMessages, type LocalSignInValues } from "@/lib/auth/local-sign-in-schema";
import { safeReturnTo } from "@/lib/auth/return-to";
import { signInEnv } from "@/lib/env/env.server";
import type { FormAction, Posted } from "@/lib/forms/action-state";
import { accountWords, signInErrorText } from "@/lib/i18n/account-words";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";
import { identity } from "@/lib/services/services.server";

export type SignInQuery = { from?: string | string[]; error?: string | string[] };

/** The sign-in route's server actions, handed down (components never import app/). */
type SignInActions = {
  signInWithProvider: (form: FormData) => Promise<void>;
  continueAs: FormAction<Posted<LocalSignInValues>>;
  signOutAction: (form: FormData) => Promise<void>;
};

type Props = { lang: Lang; searchParams: Promise<SignInQuery>; actions: SignInActions };

/**
 * Sign in (or out), in a language (/signin, /es/signin): every configured way in, and what
 * signing in keeps. Each form says its language, so its messages and where it goes next are
 * in it; with no `from`, signing in ends on My progress in that language.
 */
export async function SignInPage({ lang, searchParams, actions }: Props) {
  const t = accountWords(lang).signIn;
  const params = await searchParams;
  const from = safeReturnTo(params.from, routes.me(lang));
  const session = await identity.session();
  const providers = providerChoices();
  const local = signInEnv().local;
  const langField = <input type="hidden" name="lang" value={lang} />;

  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-3xl font-bold tracking-tight">
        {session ? t.signedInHeading : t.heading}
      </h1>

      <ErrorMessage
        message={session ? undefined : signInErrorText(lang, params.error)}
        className="mt-4"
      />

      {session ? (
        <div className="mt-4 space-y-4">
          <p className="leading-relaxed">
            <RichText text={t.signedIn(session.user.name)} />
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href={routes.me(lang)} className="button-primary">
              {t.myProgress}
            </Link>
            <form action={actions.signOutAction}>
              <input type="hidden" name="from" value="/" />
              <button type="submit" className="button-secondary">
                {t.signOut}
              </button>
            </form>
          </div>
        </div>
      ) : (
        <>
          <p className="mt-2 leading-relaxed text-muted">{t.intro}</p>

          {providers.length > 0 && (
            <ul className="mt-6 space-y-3">
              {providers.map((p) => (
                <li key={p.id}>
                  <form action={actions.signInWithProvider}>
                    <input type="hidden" name="provider" value={p.id} />
                    <input type="hidden" name="from" value={from} />
                    {langField}
                    <button type="submit" className="button-secondary w-full justify-center">
                      {t.continueWith(p.name)}
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
                {t.localHeading}
              </h2>
              <p className="mt-1 text-sm leading-relaxed text-muted">{t.localNote}</p>
              <LocalSignInForm
                from={from}
                lang={lang}
                action={actions.continueAs}
                words={t.form}
                messages={localSignInMessages(t)}
              />
            </section>
          )}

          {providers.length === 0 && !local && (
            <p className="mt-6 rounded-lg border border-rule bg-card p-4">{t.notSetUp}</p>
          )}

          <h2 className="mt-10 text-lg font-bold">{t.keepsHeading}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
            {t.keeps.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <h2 className="mt-6 text-lg font-bold">{t.keepsNotHeading}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
            {t.keepsNot.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
