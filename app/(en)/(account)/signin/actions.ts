"use server";

import { settle } from "@/lib/forms/settle.server";
import {
  continueAs as continueAsName,
  signInWithProvider as viaProvider,
  signOutFrom,
  type LocalSignInState,
} from "@/lib/services/accounts.server";

export async function signInWithProvider(form: FormData): Promise<void> {
  settle(await viaProvider(form));
}

export async function continueAs(_state: LocalSignInState, form: FormData) {
  return settle(await continueAsName(form));
}

export async function signOutAction(form: FormData): Promise<void> {
  settle(await signOutFrom(form));
}
