import { describe, expect, it } from "vitest";
import { parseAuthEnv } from "./sign-in";

describe("sign-in configuration from the environment", () => {
  it("runs on one machine with nothing set: local sign-in only", () => {
    expect(parseAuthEnv({}, false)).toEqual({
      google: undefined,
      github: undefined,
      entra: undefined,
      oidc: undefined,
      local: true,
    });
  });

  it("shows only the providers whose variables are all set", () => {
    const env = parseAuthEnv(
      {
        AUTH_GITHUB_ID: "gh",
        AUTH_GITHUB_SECRET: "s",
        AUTH_OIDC_ISSUER: "https://id.school.example/realms/pupils",
        AUTH_OIDC_ID: "briefings",
        AUTH_OIDC_SECRET: "t",
        AUTH_SECRET: "x",
      },
      true,
    );
    expect(env.github).toEqual({ clientId: "gh", clientSecret: "s" });
    expect(env.oidc).toMatchObject({ name: "School account", clientId: "briefings" });
    expect(env.google).toBeUndefined();
    expect(env.local).toBe(false);
  });

  it("keeps local sign-in off with KV or a provider, unless AUTH_LOCAL_SIGNIN=true", () => {
    expect(parseAuthEnv({ AUTH_SECRET: "x" }, true).local).toBe(false);
    expect(parseAuthEnv({ AUTH_GOOGLE_ID: "g", AUTH_GOOGLE_SECRET: "s" }, false).local).toBe(false);
    expect(parseAuthEnv({ AUTH_SECRET: "x", AUTH_LOCAL_SIGNIN: "true" }, true).local).toBe(true);
    expect(parseAuthEnv({ AUTH_LOCAL_SIGNIN: "false" }, false).local).toBe(false);
  });

  it("names every missing or malformed variable in one message", () => {
    const attempt = () =>
      parseAuthEnv(
        {
          AUTH_GOOGLE_ID: "g",
          AUTH_OIDC_ISSUER: "not a url",
          AUTH_OIDC_ID: "o",
          AUTH_LOCAL_SIGNIN: "yes",
        },
        true,
      );
    expect(attempt).toThrow(/AUTH_GOOGLE_SECRET is missing: AUTH_GOOGLE_ID is set/);
    expect(attempt).toThrow(/AUTH_OIDC_ISSUER must be an http\(s\) URL/);
    expect(attempt).toThrow(/AUTH_LOCAL_SIGNIN must be true or false/);
    expect(attempt).toThrow(/AUTH_SECRET is missing/);
  });

  it("requires AUTH_SECRET on Vercel even without KV", () => {
    expect(() => parseAuthEnv({ VERCEL: "1" }, false)).toThrow(/AUTH_SECRET is missing/);
  });
});
