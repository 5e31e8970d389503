import NextAuth from "next-auth";
import { authConfig } from "./config";

// Auth.js, behind lib/auth so a later switch stays local. Lazy: the configuration (secret,
// providers from env) is read per request, not at import.
export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());
