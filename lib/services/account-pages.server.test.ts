import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { accountMetadata, briefingIn } from "./account-pages.server";

describe("accountMetadata", () => {
  it("titles each page in its language, and names both languages' pages both ways", () => {
    const en = accountMetadata("privacy", "en");
    const es = accountMetadata("privacy", "es");
    expect(en).toMatchObject({
      title: "Privacy: what we keep",
      description:
        "What Briefing & Quiz keeps about you, for how long, who sees it, and every cookie.",
      alternates: { canonical: "/privacy" },
    });
    expect(es).toMatchObject({
      title: "Privacidad: qué guardamos",
      alternates: { canonical: "/es/privacy" },
    });
    expect(es.description).toMatch(/^Qué guarda/);
    for (const metadata of [en, es]) {
      expect(metadata.alternates?.languages).toEqual({ en: "/privacy", es: "/es/privacy" });
      expect(metadata.robots).toBeUndefined();
    }
  });

  it("keeps /me and /signin out of search engines, in either language", () => {
    expect(accountMetadata("me", "es")).toEqual({
      title: "Mi progreso",
      alternates: { canonical: "/es/me", languages: { en: "/me", es: "/es/me" } },
      robots: { index: false },
    });
    expect(accountMetadata("signIn", "en")).toEqual({
      title: "Sign in",
      alternates: { canonical: "/signin", languages: { en: "/signin", es: "/es/signin" } },
      robots: { index: false },
    });
    expect(accountMetadata("signIn", "es").title).toBe("Iniciar sesión");
  });
});

describe("briefingIn", () => {
  const SPANISH = "us-28-point-plan";
  const ENGLISH_ONLY = "northfield-electric-buses";

  it("is the Spanish page and title where the briefing has a Spanish edition", () => {
    const { title } = JSON.parse(
      readFileSync(`content/briefings/${SPANISH}/es/briefing.json`, "utf8"),
    ) as { title: string };
    expect(briefingIn(SPANISH, "English title", "es")).toEqual({
      href: `/es/${SPANISH}`,
      title,
      lang: "es",
    });
  });

  it("is the English page and title otherwise, and always in English", () => {
    expect(briefingIn(ENGLISH_ONLY, "Buses", "es")).toEqual({
      href: `/${ENGLISH_ONLY}`,
      title: "Buses",
      lang: "en",
    });
    expect(briefingIn(SPANISH, "English title", "en")).toEqual({
      href: `/${SPANISH}`,
      title: "English title",
      lang: "en",
    });
    expect(briefingIn("no-such-briefing", "no-such-briefing", "es").lang).toBe("en");
  });
});
