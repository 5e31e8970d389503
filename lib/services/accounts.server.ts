import "server-only";
import { AuthError } from "next-auth";
import { providerChoices } from "@/lib/auth/config.server";
import {
  localSignInMessages,
  localSignInSchema,
  type LocalSignInValues,
} from "@/lib/auth/local-sign-in-schema";
import { safeReturnTo } from "@/lib/auth/return-to";
import { signInEnv } from "@/lib/env/env.server";
import {
  issueMessages,
  problemState,
  type ActionState,
  type Outcome,
  type Posted,
} from "@/lib/forms/action-state";
import { textField } from "@/lib/forms/form-fields";
import { langField } from "@/lib/forms/form-fields";
import { accountWords } from "@/lib/i18n/account-words";
import { routes } from "@/lib/links/routes";
import { identity, limits, myData, signIn, signOut } from "./services.server";

// Signing in and out, and leaving with all one's data: the actions that need Auth.js itself,
// which only the composition root holds. Auth.js moves on by throwing a redirect, which
// passes through; its own errors become a message. Each form says its language (a hidden
// `lang`): its messages are in it, and a redirect returns to the page in it.

export type LocalSignInState = ActionState<Posted<LocalSignInValues>>;

const returnTo = (form: FormData, fallback?: string) =>
  safeReturnTo(textField(form, "from", 600), fallback);

/** A provider button: only configured providers, only back to a path on this site. */
export async function signInWithProvider(form: FormData): Promise<Outcome<never>> {
  const lang = langField(form);
  const provider = textField(form, "provider");
  if (!provider || !providerChoices().some((choice) => choice.id === provider)) {
    return { redirect: routes.signIn({ error: "Configuration" }, lang) };
  }
  if (await limits().signIn()) return { redirect: routes.signIn({ error: "RateLimited" }, lang) };
  const redirectTo = returnTo(form, routes.me(lang));
  await signIn(provider, { redirectTo });
  return { redirect: redirectTo };
}

/** "Continue as…": validated with the form's own schema, then Auth.js's credentials flow. */
export async function continueAs(form: FormData): Promise<Outcome<LocalSignInState>> {
  const lang = langField(form);
  const t = accountWords(lang).signIn;
  const values = { name: textField(form, "name", 100) ?? "" };
  const parsed = localSignInSchema(localSignInMessages(t)).safeParse(values);
  if (!parsed.success) return { state: problemState(issueMessages(parsed.error.issues), values) };
  const failed = (message: string) => ({ state: problemState({ "": message }, values) });
  if (!signInEnv().local) return failed(t.localOff);
  const limited = await limits().signIn();
  if (limited) return failed(t.limited(limited));
  const redirectTo = returnTo(form, routes.me(lang));
  try {
    await signIn("local", { name: parsed.data.name, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) return failed(t.failed);
    throw error;
  }
  return { redirect: redirectTo };
}

export async function signOutFrom(form: FormData): Promise<Outcome<never>> {
  const redirectTo = returnTo(form, "/");
  await signOut({ redirectTo });
  return { redirect: redirectTo };
}

/**
 * "Delete my data", after the confirmation tick: the store deletes it all at once, this
 * browser's ids are forgotten, and a signed-in reader is signed out (the session cookie is
 * the last thing naming them). Deleting twice is harmless. Works without JavaScript.
 */
export async function deleteMyData(form: FormData): Promise<Outcome<never>> {
  const lang = langField(form);
  if (textField(form, "confirm") !== "yes") return { redirect: routes.meDelete("confirm", lang) };
  const signedIn = Boolean((await identity.session())?.user);
  const done = routes.meDeleted(await myData().deleteMyData(), lang);
  if (signedIn) await signOut({ redirectTo: done });
  return { redirect: done };
}
