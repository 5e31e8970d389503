import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_KB } from "./lib/security/body-limit";
import { easyRewrites } from "./lib/content/level-rewrites.server";
import { securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read from disk at build time and by dynamic routes at run time: ship it.
  outputFileTracingIncludes: { "/**": ["./content/**"] },
  experimental: { serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_KB}kb` } },
  // A reader who chose "Easier to read" gets the easier page at /<slug> too: decided by the
  // router from a cookie, so nobody else pays for a function call and the pages stay static.
  async rewrites() {
    return { beforeFiles: easyRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    const production = process.env.NODE_ENV === "production";
    return [{ source: "/:path*", headers: securityHeaders({ production }) }];
  },
};

export default nextConfig;
