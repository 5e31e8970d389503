// Runs once when a server instance starts: check the sign-in configuration and say which
// store and sign-in methods this instance uses, so the logs show them before the first
// reader arrives (the store itself opens lazily). A misconfigured instance stops here, with
// a message naming the variables to set, instead of serving errors.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { authEnv } = await import("@/lib/auth/auth-env");
  const { authSecret } = await import("@/lib/auth/secret");
  const { describeStore } = await import("@/lib/store");
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
}
