import { describe, expect, it } from "vitest";
import { fromOurPage } from "./our-page";

const ORIGIN = "https://quiz.example";

describe("a new tab opened from our own page", () => {
  it("is told by Fetch Metadata, or by the Referer where a browser sends none", () => {
    const from = (headers: Record<string, string>) => fromOurPage(new Headers(headers), ORIGIN);
    expect(from({ "sec-fetch-site": "same-origin" })).toBe(true);
    // A link in an e-mail, a chat, another site: not ours, whatever the Referer says.
    for (const site of ["none", "cross-site", "same-site"]) {
      expect(from({ "sec-fetch-site": site, referer: `${ORIGIN}/lti/open` }), site).toBe(false);
    }
    expect(from({ referer: `${ORIGIN}/lti/open?ticket=x` })).toBe(true);
    expect(from({ referer: "https://quiz.example.evil.test/" })).toBe(false);
    expect(from({ referer: "not a url" })).toBe(false);
    expect(from({})).toBe(false);
  });
});
