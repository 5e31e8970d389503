"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { limits, signIn, signOut } from "@/lib/services/services.server";
import { signInEnv } from "@/lib/env/env.server";
import { providerChoices } from "@/lib/auth/config.server";
import { localSignInSchema, type LocalSignInValues } from "@/lib/auth/local-sign-in-schema";
import { safeReturnTo } from "@/lib/auth/return-to";
import { textField } from "@/lib/forms/form-fields";
import { issueMessages, type FormState, type Posted } from "@/lib/forms/form-state";
import { routes } from "@/lib/links/routes";

type LocalSignInState = FormState<Posted<LocalSignInValues>>;

/** A provider button: only configured providers, only back to a path on this site. */
export async function signInWithProvider(form: FormData): Promise<void> {
  const provider = textField(form, "provider");
  if (!provider || !providerChoices().some((choice) => choice.id === provider)) {
    redirect(routes.signIn({ error: "Configuration" }));
  }
  if (await limits().signIn()) redirect(routes.signIn({ error: "RateLimited" }));
  await signIn(provider, { redirectTo: safeReturnTo(textField(form, "from", 600)) });
}

/** "Continue as…": validated with the form's own schema, then Auth.js's credentials flow. */
export async function continueAs(
  _state: LocalSignInState,
  form: FormData,
): Promise<LocalSignInState> {
  const values = { name: textField(form, "name", 100) ?? "" };
  const parsed = localSignInSchema.safeParse(values);
  if (!parsed.success) return { errors: issueMessages(parsed.error.issues), values };
  const failed = (message: string) => ({ errors: { "": message }, values });
  if (!signInEnv().local) return failed("Signing in by name is not available here.");
  const limited = await limits().signIn();
  if (limited) return failed(limited.message);
  try {
    const redirectTo = safeReturnTo(textField(form, "from", 600));
    await signIn("local", { name: parsed.data.name, redirectTo });
  } catch (error) {
    // Auth.js redirects by throwing; only its own errors become a message.
    if (error instanceof AuthError) return failed("That did not work. Try again.");
    throw error;
  }
  return null;
}

export async function signOutAction(form: FormData): Promise<void> {
  await signOut({ redirectTo: safeReturnTo(textField(form, "from", 600), "/") });
}
