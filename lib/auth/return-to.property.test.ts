import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValue, garbageString } from "@/test/support/arbitraries";
import { safeReturnTo } from "./return-to";

const SITE = "https://site.example";

/**
 * What "a path on this site" means for a redirect target: one leading slash (never `//` or
 * `/\`, which browsers read as another host), no scheme, no raw control or space characters,
 * and a browser resolving it against any page of the site stays on the site.
 */
function expectSameSitePath(out: string) {
  expect(out.startsWith("/")).toBe(true);
  expect(out.startsWith("//")).toBe(false);
  expect(out.startsWith("/\\")).toBe(false);
  expect(out).not.toMatch(/[\u0000-\u0020\u007f]/);
  for (const page of [`${SITE}/`, `${SITE}/a/b/c?x=1#y`]) {
    expect(new URL(out, page).origin).toBe(SITE);
  }
}

// URL-ish pieces: schemes, slashes both ways, dot segments (plain and encoded), encoded
// separators, whitespace and controls that URL parsers strip, hosts and userinfo.
const piece = fc.constantFrom(
  "/",
  "//",
  "\\",
  "/\\",
  ".",
  "..",
  "./",
  "../",
  "%2e",
  "%2E%2e",
  "%2f",
  "%2F",
  "%5c",
  "%09",
  "%0a",
  "%00",
  "%",
  "\t",
  "\n",
  "\r",
  " ",
  "\u0000",
  "\u00a0",
  "\u3000",
  "\u2028",
  "\ufeff",
  "http:",
  "https://",
  "javascript:",
  "data:text/html,",
  "evil.example",
  "@",
  ":",
  "?",
  "#",
  ";",
  "me",
  "a",
  "é",
  "\u202e",
  "~",
  "&",
  "=",
);
// Paths built segment by segment, so dot segments (which URL parsing removes) sit next to
// empty ones: what is left after removal can start with an empty segment, i.e. `//`.
const segment = fc.constantFrom(
  "",
  ".",
  "..",
  "%2e",
  "%2E%2e",
  ".%2e",
  "a",
  "me",
  "evil.example",
  "\t",
  "%09",
  "%2f",
  "?x",
  "#y",
);
const pathish = fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => `/${s.join("/")}`);
const urlish = fc.oneof(
  { weight: 4, arbitrary: pathish },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom("/", "", "//", "\\", "/\\", " /"), fc.array(piece, { maxLength: 10 }))
      .map(([head, rest]) => head + rest.join("")),
  },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.webPath().map((p) => `/${p}`) },
  { weight: 1, arbitrary: garbageString },
);

describe("safeReturnTo", () => {
  it("returns a same-site path or the fallback for any string", () => {
    fc.assert(
      fc.property(urlish, (value) => {
        const out = safeReturnTo(value);
        if (out !== "/me") expectSameSitePath(out);
      }),
      { numRuns: 1000 },
    );
  });

  it("is a fixed point: a result passed through again comes back unchanged", () => {
    fc.assert(
      fc.property(urlish, (value) => {
        const out = safeReturnTo(value);
        expect(safeReturnTo(out)).toBe(out);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps ordinary site paths, queries and fragments exactly", () => {
    const segment = fc
      .stringMatching(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,11}$/)
      .filter((s) => s !== "." && s !== "..");
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 5 }),
        fc.option(fc.stringMatching(/^[a-z0-9]{1,8}=[a-z0-9]{0,8}$/), { nil: undefined }),
        fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: undefined }),
        (segments, query, hash) => {
          const path = `/${segments.join("/")}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
          expect(safeReturnTo(path)).toBe(path);
        },
      ),
    );
  });

  it("gives the fallback for anything that is not a string, and the caller's fallback as is", () => {
    fc.assert(
      fc.property(anyValue, fc.constantFrom("/me", "/"), (value, fallback) => {
        fc.pre(typeof value !== "string");
        expect(safeReturnTo(value, fallback)).toBe(fallback);
      }),
    );
  });
});
