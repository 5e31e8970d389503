import { beforeAll, describe, expect, it } from "vitest";
import type { Account } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { authConfig, providerChoices, userIdOf } from "./config.server";

beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret";
});

const account = (provider: string, providerAccountId: string) =>
  ({ provider, providerAccountId, type: "oidc" }) as Account;

const HOOKS = { mergeAnonymousInto: async () => {}, ltiInstructor: async () => undefined };

describe("Auth.js configuration", () => {
  it("scopes user ids by provider; a local user is its name's id", () => {
    expect(userIdOf(account("oidc", "pupil-7"))).toBe("oidc:pupil-7");
    expect(userIdOf(account("github", "pupil-7"))).toBe("github:pupil-7");
    expect(userIdOf(account("local", "local:ada"))).toBe("local:ada");
    expect(userIdOf(account("lti", "lti:course-hash"))).toBe("lti:course-hash");
  });

  it("keeps only our id and a display name in the token: no e-mail, no picture", async () => {
    const { callbacks } = authConfig(HOOKS);
    const token = (await callbacks!.jwt!({
      token: { sub: "x", name: "Ada", email: "ada@school.example", picture: "https://p" } as JWT,
      account: account("oidc", "pupil-7"),
      user: { id: "x", name: "Ada", email: "ada@school.example" },
      trigger: "signIn",
    })) as JWT;
    expect(token).toEqual({ uid: "oidc:pupil-7", name: "Ada", sub: "x" });
    // Later requests (no account) keep the id.
    const again = (await callbacks!.jwt!({ token, user: undefined as never })) as JWT;
    expect(again.uid).toBe("oidc:pupil-7");
  });

  it("uses JWT sessions, our sign-in page, and Secure cookies only in production builds", () => {
    const config = authConfig(HOOKS);
    expect(config.session?.strategy).toBe("jwt");
    expect(config.pages).toEqual({ signIn: "/signin", error: "/signin" });
    expect(config.useSecureCookies).toBe(process.env.NODE_ENV === "production");
  });

  it("offers local sign-in alone when nothing is configured (one machine)", () => {
    expect(providerChoices()).toEqual([]);
    // Auth.js merges a provider's options over its defaults when it parses the config.
    const ids = authConfig(HOOKS).providers.map((p) => {
      const provider = (typeof p === "function" ? p() : p) as {
        id: string;
        options?: { id?: string };
      };
      return provider.options?.id ?? provider.id;
    });
    expect(ids).toEqual(["local"]);
  });
});
