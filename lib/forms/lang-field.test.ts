import { describe, expect, it } from "vitest";
import { langField } from "./form-fields";

const formWith = (...values: (string | Blob)[]) => {
  const form = new FormData();
  for (const value of values) form.append("lang", value);
  return form;
};

describe("langField", () => {
  it("reads the site's languages", () => {
    expect(langField(formWith("es"))).toBe("es");
    expect(langField(formWith("en"))).toBe("en");
  });

  it("is English for anything else: missing, unknown, odd case, padded, a file, not a form", () => {
    for (const form of [
      new FormData(),
      formWith("fr"),
      formWith("ES"),
      formWith(" es"),
      formWith("es-MX"),
      formWith(""),
      formWith("__proto__"),
      formWith(new Blob(["es"])),
    ]) {
      expect(langField(form)).toBe("en");
    }
    for (const notForm of [undefined, null, "lang=es", { lang: "es" }, ["lang", "es"]]) {
      expect(langField(notForm)).toBe("en");
    }
  });

  it("takes the first value when a field is sent twice", () => {
    expect(langField(formWith("es", "en"))).toBe("es");
  });
});
