import { describe, expect, it } from "vitest";
import { accountEn } from "./account-en";
import { accountEs, esperaTexto } from "./account-es";
import { accountWords, signInErrorText } from "./account-words";

/**
 * Every string of a words object, in walk order; a function is called with a sample number
 * (`limited` takes the limiter's refusal: tested on its own below).
 */
function strings(words: unknown): string[] {
  if (typeof words === "string") return [words];
  if (typeof words === "function") return strings(words(7));
  if (Array.isArray(words)) return words.flatMap(strings);
  if (words && typeof words === "object") {
    return Object.entries(words).flatMap(([key, w]) => (key === "limited" ? [] : strings(w)));
  }
  return [];
}

/** What must read the same in any language: numbers, cookie and code names, products. */
const fixedParts = (text: string) =>
  text.match(/\d+|__Secure-|\bKV\b|Vercel|JSON|\bhash\b|Briefing & Quiz/g) ?? [];

describe("accountWords", () => {
  it("gives each language its words", () => {
    expect(accountWords("en")).toBe(accountEn);
    expect(accountWords("es")).toBe(accountEs);
  });

  it("says the same numbers and names in Spanish as in English, sentence by sentence", () => {
    // The privacy page is a promise: a retention period or a cookie's name must not drift.
    for (const part of ["privacy", "yourData", "me", "signIn"] as const) {
      const en = strings(accountEn[part]);
      const es = strings(accountEs[part]);
      expect(es.length, part).toBe(en.length);
      en.forEach((text, i) => {
        expect(fixedParts(es[i]!), `${part}: “${text}” / “${es[i]}”`).toEqual(fixedParts(text));
      });
    }
  });

  it("words the deletion notice and the wait for one and for many", () => {
    const deleted = (attempts: number, classes: number) => ({ attempts, classes });
    expect(accountEn.yourData.deleted(deleted(1, 1))).toBe(
      "Deleted: 1 quiz attempt and your place in 1 class.",
    );
    expect(accountEn.yourData.deleted(deleted(3, 0))).toBe(
      "Deleted: 3 quiz attempts and your place in 0 classes.",
    );
    expect(accountEs.yourData.deleted(deleted(1, 1))).toBe(
      "Borramos 1 intento de cuestionario y tu lugar en 1 clase.",
    );
    expect(accountEs.yourData.deleted(deleted(2, 3))).toBe(
      "Borramos 2 intentos de cuestionario y tu lugar en 3 clases.",
    );
    expect([1, 40, 60, 90, 420].map(esperaTexto)).toEqual([
      "1 segundo",
      "40 segundos",
      "1 minuto",
      "2 minutos",
      "7 minutos",
    ]);
  });

  it("words a sign-in refused by the rate limiter: the limiter's English, our Spanish", () => {
    const limited = {
      message: "Too many sign-in attempts from this network. Try again in 7 minutes.",
      retryAfterSeconds: 420,
    };
    expect(accountEn.signIn.limited(limited)).toBe(limited.message);
    expect(accountEs.signIn.limited(limited)).toBe(
      "Demasiados intentos de iniciar sesión desde esta red. Vuelve a intentarlo en 7 minutos.",
    );
    expect(accountEs.signIn.limited({ ...limited, retryAfterSeconds: 10, unavailable: true })).toBe(
      "No pudimos comprobar esta solicitud ahora mismo. Vuelve a intentarlo en 10 segundos.",
    );
  });
});

describe("signInErrorText", () => {
  it("has words for Auth.js's known codes, general words for any other, none without one", () => {
    expect(signInErrorText("en", "AccessDenied")).toBe(
      "Signing in was cancelled or refused. You can try again.",
    );
    expect(signInErrorText("es", "Configuration")).toBe(
      "Esa forma de iniciar sesión no está configurada en este sitio.",
    );
    expect(signInErrorText("en", "OAuthCallbackError")).toBe(accountEn.signIn.errors.other);
    expect(signInErrorText("es", "x")).toBe(accountEs.signIn.errors.other);
    expect(signInErrorText("en", undefined)).toBeUndefined();
    expect(signInErrorText("en", ["AccessDenied", "x"])).toBeUndefined();
  });

  it("never answers with something that is not its words (inherited keys)", () => {
    for (const code of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(signInErrorText("en", code)).toBe(accountEn.signIn.errors.other);
    }
  });
});
