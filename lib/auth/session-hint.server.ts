import "server-only";
import { cookies } from "next/headers";
import { isProduction } from "@/lib/env/env.server";
import { SESSION_HINT_COOKIE } from "./cookie-names";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The session cookie is HttpOnly, so a prerendered page cannot tell whether anyone is signed
 * in without asking the server (a function call per page view). This readable cookie says
 * only "ask": set on sign-in, cleared on sign-out. It holds no id or name; the session does.
 * It may outlive the session (the header then asks once, and clears it).
 */
export async function setSessionHint(): Promise<void> {
  (await cookies()).set(SESSION_HINT_COOKIE, "1", {
    sameSite: "lax",
    secure: isProduction(),
    path: "/",
    maxAge: ONE_YEAR,
  });
}

export async function clearSessionHint(): Promise<void> {
  (await cookies()).delete(SESSION_HINT_COOKIE);
}
