import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read from disk at build time and by dynamic routes at run time: ship it.
  outputFileTracingIncludes: { "/**": ["./content/**"] },
};

export default nextConfig;
