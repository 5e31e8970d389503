import { describe, expect, it } from "vitest";
import { routes } from "./routes";

describe("routes", () => {
  it("build the site's URLs", () => {
    expect(routes.fact("a-briefing", "x")).toBe("/a-briefing#fact-x");
    expect(routes.result("b", "id")).toBe("/b/quiz/result/id");
    expect(routes.classDashboard("ABC234", "delete")).toBe("/teach/ABC234?confirm=delete");
    expect(routes.classJoin("ABC234")).toBe("/c/ABC234");
  });

  it("encode where a sign-in returns to", () => {
    expect(routes.signIn()).toBe("/signin");
    expect(routes.signIn({ from: "/teach" })).toBe("/signin?from=%2Fteach");
    expect(routes.signIn({ error: "RateLimited" })).toBe("/signin?error=RateLimited");
    expect(routes.signIn({ from: "/c/X?y=1&z" })).toBe("/signin?from=%2Fc%2FX%3Fy%3D1%26z");
  });
});
