// Node-only start-up checks (instrumentation.ts loads this in the Node.js runtime only):
// check the sign-in configuration and say which store and sign-in methods this instance
// uses, so the logs show them before the first reader arrives (the store opens lazily). A
// misconfigured instance stops here, naming the variables to set, instead of serving errors.
import { authEnv } from "@/lib/auth/auth-env";
import { authSecret } from "@/lib/auth/secret";
import { describeStore } from "@/lib/store";

try {
  const env = authEnv();
  authSecret();
  const ways = [env.google && "Google", env.github && "GitHub", env.entra && "Microsoft"]
    .concat(env.oidc ? [env.oidc.name] : [], env.local ? ["Continue as… (local)"] : [])
    .filter(Boolean);
  console.info(`[store] ${describeStore()}`);
  console.info(`[auth] sign-in: ${ways.join(", ") || "none configured"}`);
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
