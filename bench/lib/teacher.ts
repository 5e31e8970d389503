// A teacher, through the real pages: "Continue as…" via Auth.js's credentials endpoint, then
// the create-class form. Returns the session cookies and the new class code.
import { CookieJar, hiddenFields, post } from "./browser-form";

export async function teacherWithClass(base: string, name: string, slug: string) {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/auth/callback/local`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, name, callbackUrl: `${base}/teach` }),
    redirect: "manual",
  });
  jar.take(signIn);
  const teach = await fetch(`${base}/teach`, { headers: { cookie: jar.header() } });
  const fields = hiddenFields(await teach.text(), 'name="timezoneOffset"').filter(
    ([k]) => k !== "timezoneOffset",
  );
  const created = await post(
    `${base}/teach`,
    [
      ...fields,
      ["title", "Benchmark class"],
      ["slug", slug],
      ["feedback", "immediate"],
      ["closesAt", ""],
      ["timezoneOffset", "0"],
    ],
    jar,
  );
  const code = /\/teach\/([A-Z0-9]{6})$/.exec(created.headers.get("location") ?? "")?.[1];
  if (!code) throw new Error(`class not created (${created.status})`);
  return { jar, code };
}
