"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { authEnv } from "@/lib/auth/auth-env";
import { providerChoices } from "@/lib/auth/config";
import { localSignInSchema } from "@/lib/auth/local-sign-in-schema";
import { safeReturnTo } from "@/lib/auth/return-to";

export type LocalSignInState = { error: string; name: string } | null;

/** A provider button: only configured providers, only back to a path on this site. */
export async function signInWithProvider(form: FormData): Promise<void> {
  const provider = form.get("provider");
  if (!providerChoices().some((choice) => choice.id === provider)) {
    redirect("/signin?error=Configuration");
  }
  await signIn(provider as string, { redirectTo: safeReturnTo(form.get("from")) });
}

/** "Continue as…": validated with the form's own schema, then Auth.js's credentials flow. */
export async function continueAs(
  _state: LocalSignInState,
  form: FormData,
): Promise<LocalSignInState> {
  const raw = form.get("name");
  const name = typeof raw === "string" ? raw.slice(0, 100) : "";
  const parsed = localSignInSchema.safeParse({ name });
  if (!parsed.success) return { error: parsed.error.issues[0]!.message, name };
  if (!authEnv().local) return { error: "Signing in by name is not available here.", name };
  try {
    await signIn("local", { name: parsed.data.name, redirectTo: safeReturnTo(form.get("from")) });
  } catch (error) {
    // Auth.js redirects by throwing; only its own errors become a message.
    if (error instanceof AuthError) return { error: "That did not work. Try again.", name };
    throw error;
  }
  return null;
}

export async function signOutAction(form: FormData): Promise<void> {
  await signOut({ redirectTo: safeReturnTo(form.get("from"), "/") });
}
