/**
 * Where to go after signing in or out: a path on this site, never another origin. Anything
 * else (absolute URLs, `//host`, backslashes that browsers read as slashes) falls back.
 */
export function safeReturnTo(value: unknown, fallback = "/me"): string {
  if (typeof value !== "string" || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const url = new URL(value, "http://site.invalid");
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Checked again after parsing: dot segments can collapse "/.//host" into "//host".
    return url.origin === "http://site.invalid" && !path.startsWith("//") ? path : fallback;
  } catch {
    return fallback;
  }
}
