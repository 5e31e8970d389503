import { describe, expect, it } from "vitest";
import type { ResolverOptions } from "react-hook-form";
import { createClassSchema, joinSchema, type CreateClassValues } from "@/lib/classes/class-forms";
import { schemaResolver } from "./schema-resolver";

// What react-hook-form passes; no field refs (nothing to focus in a test).
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<never> as never;

describe("schemaResolver: react-hook-form's view of a zod 4 schema", () => {
  it("passes the schema's output on, trimmed and normalised", async () => {
    const resolve = schemaResolver(joinSchema);
    expect(await resolve({ nickname: "  Zoe\u0301 " }, undefined, options)).toEqual({
      values: { nickname: "Zoé" },
      errors: {},
    });
  });

  it("gives each field its first message, nested by path", async () => {
    const resolve = schemaResolver(createClassSchema);
    const values: CreateClassValues = { title: " ", slug: "Nope!", feedback: "immediate" };
    const { errors } = await resolve(values, undefined, options);
    expect(errors).toEqual({
      title: { type: "too_small", message: "Give the class a title.", ref: undefined },
      slug: { type: "invalid_format", message: "Choose a briefing.", ref: undefined },
    });
  });

  it("speaks for a union with its closest branch, not 'Invalid input'", async () => {
    const resolve = schemaResolver(createClassSchema);
    const values: CreateClassValues = {
      title: "10B",
      slug: "s",
      feedback: "immediate",
      closesAt: "2026-02-30T09:00",
    };
    const { errors } = await resolve(values, undefined, options);
    expect(errors.closesAt?.message).toBe("Pick a date and time.");
  });
});
