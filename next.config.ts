import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_KB } from "./lib/security/body-limit";
import { choiceRewrites } from "./lib/content/level-rewrites.server";
import { securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read from disk at build time and by dynamic routes at run time: ship it.
  outputFileTracingIncludes: { "/**": ["./content/**"] },
  experimental: {
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_KB}kb` },
    // Each language is its own root layout, so an unmatched URL gets app/global-not-found.tsx.
    globalNotFound: true,
  },
  // A reader who chose "Easier to read" gets the easier page at /<slug> too: decided by the
  // router from a cookie, so nobody else pays for a function call and the pages stay static.
  async rewrites() {
    return { beforeFiles: choiceRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    const production = process.env.NODE_ENV === "production";
    // The LTI pages get theirs from proxy.ts: the LMSs that may frame them are known only
    // at run time (LTI_PLATFORMS).
    return [{ source: "/:path((?!lti/|es/lti/).*)", headers: securityHeaders({ production }) }];
  },
};

export default nextConfig;
