"use server";

import { redirect } from "next/navigation";
import { identity, myData, signOut } from "@/lib/services/services.server";
import { textField } from "@/lib/forms/form-fields";
import { routes } from "@/lib/links/routes";

/**
 * "Delete my data", after the confirmation tick: the store deletes it all at once, this
 * browser's ids are forgotten, and a signed-in reader is signed out (the session cookie is the
 * last thing naming them). Deleting twice is harmless. Works without JavaScript.
 */
export async function deleteMyDataAction(form: FormData): Promise<void> {
  if (textField(form, "confirm") !== "yes") redirect(routes.meDelete("confirm"));
  const signedIn = Boolean((await identity.session())?.user);
  const removed = await myData().deleteMyData();
  const done = routes.meDeleted(removed);
  if (signedIn) await signOut({ redirectTo: done });
  redirect(done);
}
