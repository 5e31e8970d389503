const YEAR = 60 * 60 * 24 * 365;

/**
 * A reader's choice (a reading level, a language) remembered in a cookie for a year, then the
 * page at that choice: a 303 a plain link can follow, so it works without JavaScript. A
 * preference, not a secret: nothing else is in the cookie.
 */
export function rememberChoice(request: Request, cookie: string, value: string, target: string) {
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      location: target,
      "set-cookie": `${cookie}=${value}; Path=/; Max-Age=${YEAR}; SameSite=Lax${secure}`,
      "cache-control": "no-store",
    },
  });
}
