import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_KB } from "./lib/security/body-limit";
import { securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read from disk at build time and by dynamic routes at run time: ship it.
  outputFileTracingIncludes: { "/**": ["./content/**"] },
  experimental: { serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_KB}kb` } },
  async headers() {
    const production = process.env.NODE_ENV === "production";
    return [{ source: "/:path*", headers: securityHeaders({ production }) }];
  },
};

export default nextConfig;
