// The response headers every route gets, set once in next.config.ts so prerendered pages
// stay static files: no per-request nonce. The price is `'unsafe-inline'` for scripts (Next
// inlines its RSC payload in <script> tags that differ per page, so hashes cannot be listed
// up front); what the policy still buys is no third-party script, frame, plugin, <base> or
// form target, and no framing by other sites.

type Mode = {
  production: boolean;
  /** Who may frame the page: nobody, except the LTI pages an LMS shows in its frame. */
  frameAncestors?: string[];
};

export function contentSecurityPolicy({ production, frameAncestors = ["'none'"] }: Mode): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Dev only: React's dev build and Turbopack's HMR evaluate code.
    "script-src": ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    // React writes style attributes (progress bars, chart widths).
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-ancestors": frameAncestors,
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

export function securityHeaders(mode: Mode): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(mode) },
    // Browsers ignore HSTS over plain http, but a local `next dev` should not pin anything.
    ...(mode.production
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Class and result links carry codes and ids: other sites see our origin, not the path.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // Only what the dashboard uses (share sheet, copy link); everything else is off.
    {
      key: "Permissions-Policy",
      value:
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), web-share=(self), clipboard-write=(self)",
    },
    // For browsers older than `frame-ancestors` (which can name no other site to allow).
    ...(mode.frameAncestors ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
