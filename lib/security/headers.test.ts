import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./headers";

describe("security headers", () => {
  it("production: strict policy, HSTS, no eval", () => {
    const headers = Object.fromEntries(
      securityHeaders({ production: true }).map(({ key, value }) => [key, value]),
    );
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(headers["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("development: eval for the dev tooling, no HSTS", () => {
    expect(contentSecurityPolicy({ production: false })).toContain("'unsafe-eval'");
    const keys = securityHeaders({ production: false }).map(({ key }) => key);
    expect(keys).not.toContain("Strict-Transport-Security");
  });

  it("allows nothing from other origins", () => {
    const policy = contentSecurityPolicy({ production: true });
    for (const directive of policy.split("; ")) {
      const sources = directive.split(" ").slice(1);
      for (const source of sources) expect(source).toMatch(/^('[a-z-]+'|data:|blob:)$/);
    }
  });
});
