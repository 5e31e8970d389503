// Posting a page's form the way a browser without JavaScript does: every hidden input the
// server rendered (React's server-action fields included), plus the visible fields, as
// multipart/form-data, with the cookies this "browser" holds.

export class CookieJar {
  private cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const value = pair!.slice(eq + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") {
        this.cookies.delete(pair!.slice(0, eq));
      } else this.cookies.set(pair!.slice(0, eq), value);
    }
  }
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden inputs of the first form on the page that contains `marker`. */
export function hiddenFields(html: string, marker: string): [string, string][] {
  const forms = html.split("<form").slice(1);
  const form = forms.find((f) => f.includes(marker));
  if (!form) throw new Error(`no form with ${marker}`);
  const fields: [string, string][] = [];
  for (const tag of form.split("</form>")[0]!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag[0])?.[1];
    const value = /value="([^"]*)"/.exec(tag[0])?.[1] ?? "";
    if (name) fields.push([decode(name), decode(value)]);
  }
  return fields;
}

export function multipart(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  return form;
}

/** POST without following the redirect, so the 303 (stored) can be told from a re-render. */
export async function post(
  url: string,
  fields: [string, string][],
  jar: CookieJar,
  headers: Record<string, string> = {},
) {
  const res = await fetch(url, {
    method: "POST",
    body: multipart(fields),
    headers: { cookie: jar.header(), origin: new URL(url).origin, ...headers },
    redirect: "manual",
  });
  jar.take(res);
  await res.arrayBuffer();
  return res;
}
