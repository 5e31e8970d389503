// Runs once when a server instance starts: say which store this instance uses, so a
// deployment's logs show it before the first reader arrives (the store itself opens lazily).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getStore } = await import("@/lib/store");
  getStore();
}
