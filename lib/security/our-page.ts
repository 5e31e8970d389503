/**
 * Whether a navigation came from a page of this site (Fetch Metadata; where a browser sends
 * none, its Referer): a link clicked on our own page, not one sent from elsewhere.
 */
export function fromOurPage(headers: Headers, origin: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const referer = headers.get("referer");
  return referer !== null && URL.canParse(referer) && new URL(referer).origin === origin;
}
