"use server";

import { settle } from "@/lib/forms/settle.server";
import { deleteMyData } from "@/lib/services/accounts.server";

/** "Delete my data" (after the confirmation tick), from /me or /es/me; see deleteMyData. */
export async function deleteMyDataAction(form: FormData): Promise<void> {
  settle(await deleteMyData(form));
}
