import { slugsWithEasyText } from "./content-folders.server";
import { LEVEL_COOKIE } from "./reading-level-choice";

/**
 * next.config.ts rewrites: /<slug> serves /<slug>/easy to a reader whose level cookie says
 * "easy", for the briefings that have an easier version (and only those, so a single-segment
 * route such as /me is never touched).
 */
export function easyRewrites() {
  const slugs = slugsWithEasyText();
  if (slugs.length === 0) return [];
  return [
    {
      source: `/:slug(${slugs.join("|")})`,
      has: [{ type: "cookie" as const, key: LEVEL_COOKIE, value: "easy" }],
      destination: "/:slug/easy",
    },
  ];
}
