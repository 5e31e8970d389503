import { describe, expect, it } from "vitest";
import { textField } from "./form-fields";

describe("textField", () => {
  it("reads text fields, cut to the limit", () => {
    const form = new FormData();
    form.set("name", "x".repeat(300));
    form.set("file", new Blob(["x"]), "x.txt");
    expect(textField(form, "name", 10)).toBe("x".repeat(10));
    expect(textField(form, "file")).toBeUndefined();
    expect(textField(form, "missing")).toBeUndefined();
  });

  it("treats anything that is not a form as empty", () => {
    for (const notForm of [undefined, null, "name=x", ["name", "x"], { name: "x" }, 1]) {
      expect(textField(notForm, "name")).toBeUndefined();
    }
  });
});
