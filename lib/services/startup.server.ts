import "server-only";
import path from "node:path";
import { authSecret } from "@/lib/auth/secret.server";
import { env, signInEnv } from "@/lib/env/env.server";
import { describeTrust } from "@/lib/security/client-address.server";
import { peerAddressInstalled } from "@/lib/security/peer-address.server";
import { SQLITE_FILE } from "./store.server";

/**
 * What an instance checks and says when it starts (instrumentation-node.ts): the sign-in
 * configuration and secret (a misconfigured one throws, naming the variables to set), then
 * which store it will open and which sign-in methods it offers, so the logs show them before
 * the first reader arrives. The store itself still opens lazily.
 */
export function startupReport(): string[] {
  const auth = signInEnv();
  authSecret();
  const { kv, kvPrefix, dataDir } = env();
  const store = kv
    ? `Vercel KV at ${new URL(kv.url).host}, keys prefixed "${kvPrefix}"`
    : `embedded SQLite at ${path.join(dataDir, SQLITE_FILE)}`;
  const ways = [auth.google && "Google", auth.github && "GitHub", auth.entra && "Microsoft"]
    .concat(auth.oidc ? [auth.oidc.name] : [], auth.local ? ["Continue as… (local)"] : [])
    .filter(Boolean);
  return [
    `[store] ${store}`,
    `[auth] sign-in: ${ways.join(", ") || "none configured"}`,
    `[network] ${describeTrust(env().trustedProxy, peerAddressInstalled())}`,
  ];
}
