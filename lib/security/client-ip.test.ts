import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the address the last proxy saw, not what the client prepended", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe(
      "203.0.113.9",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("falls back to x-real-ip, then to one shared bucket", () => {
    expect(clientIp(new Headers({ "x-real-ip": " 198.51.100.1 " }))).toBe("198.51.100.1");
    expect(clientIp(new Headers({ "x-forwarded-for": " , " }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
