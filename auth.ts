import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// Lazy: the configuration (secret, providers from env) is read per request, not at import.
export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());
