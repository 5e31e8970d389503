import { describe, expect, it } from "vitest";
import { parseTrustedProxy, type TrustedProxy } from "@/lib/env/trusted-proxy.server";
import { clientAddress, networkOf, trustsForwarded } from "./client-address.server";

const trust = (value: string | undefined, onVercel = false) => {
  const parsed = parseTrustedProxy(value, onVercel);
  if ("problem" in parsed) throw new Error(parsed.problem);
  return parsed;
};
const h = (headers: Record<string, string>) => new Headers(headers);
// What a client may send to pass for another network on every request.
const SPOOFS: Record<string, string>[] = [
  {},
  { "x-forwarded-for": "6.6.6.6" },
  { "x-forwarded-for": "6.6.6.6, 7.7.7.7" },
  { "x-real-ip": "8.8.8.8" },
  { "x-vercel-forwarded-for": "9.9.9.9" },
  { "x-forwarded-for": "" },
];
const each = (t: TrustedProxy, peer: string | undefined, extra: Record<string, string> = {}) =>
  new Set(SPOOFS.map((spoof) => clientAddress(h({ ...spoof, ...extra }), t, peer)));

describe("the client address a limit counts", () => {
  it("with no proxy trusted (the default), is the connection's, whatever the headers say", () => {
    expect(each(trust(undefined), "203.0.113.9")).toEqual(new Set(["203.0.113.9"]));
    expect(each(trust(undefined), "::ffff:203.0.113.9")).toEqual(new Set(["203.0.113.9"]));
    // No connection address at all: one shared allowance, never the client's word.
    expect(each(trust(undefined), undefined)).toEqual(new Set(["unknown"]));
  });

  it("behind one proxy, is the entry that proxy appended; what the client put first is ignored", () => {
    const one = trust("1");
    const proxy = "10.0.0.2";
    // The proxy appends the address it saw: the client's spoofed entries come before it.
    for (const spoof of ["", "6.6.6.6, ", "6.6.6.6, 7.7.7.7, "]) {
      expect(clientAddress(h({ "x-forwarded-for": `${spoof}203.0.113.9` }), one, proxy)).toBe(
        "203.0.113.9",
      );
    }
    expect(clientAddress(h({}), one, proxy)).toBe(proxy);
  });

  it("behind listed proxy networks, skips them from the end", () => {
    const nets = trust("10.0.0.0/8, 2001:db8::/32");
    const xff = (v: string) => h({ "x-forwarded-for": v });
    expect(clientAddress(xff("6.6.6.6, 203.0.113.9, 10.1.2.3"), nets, "10.0.0.2")).toBe(
      "203.0.113.9",
    );
    expect(clientAddress(xff("6.6.6.6, 203.0.113.9"), nets, "2001:db8::1")).toBe("203.0.113.9");
    // A connection from outside the listed networks is the client itself: headers ignored.
    expect(clientAddress(xff("6.6.6.6"), nets, "198.51.100.7")).toBe("198.51.100.7");
  });

  it("on Vercel, is the platform's header", () => {
    const vercel = trust(undefined, true);
    expect(
      clientAddress(
        h({ "x-vercel-forwarded-for": "203.0.113.9", "x-forwarded-for": "6.6.6.6" }),
        vercel,
        "10.0.0.1",
      ),
    ).toBe("203.0.113.9");
  });

  it("trusts X-Forwarded-Host only from a trusted proxy", () => {
    expect(trustsForwarded(trust(undefined), "203.0.113.9")).toBe(false);
    expect(trustsForwarded(trust("1"), "10.0.0.2")).toBe(true);
    expect(trustsForwarded(trust("10.0.0.0/8"), "10.0.0.2")).toBe(true);
    expect(trustsForwarded(trust("10.0.0.0/8"), "203.0.113.9")).toBe(false);
    expect(trustsForwarded(trust(undefined, true), undefined)).toBe(true);
  });
});

describe("TRUSTED_PROXY", () => {
  it("takes a count of proxies or a list of addresses and ranges, and names what is wrong", () => {
    expect(parseTrustedProxy(undefined, false)).toEqual({ kind: "none" });
    expect(parseTrustedProxy("2", false)).toEqual({ kind: "hops", hops: 2 });
    expect(parseTrustedProxy("127.0.0.1, ::1", false)).toMatchObject({ kind: "networks" });
    for (const bad of ["0", "11", "yes", "10.0.0.0/33", "300.1.1.1", "10.0.0.0/8, nope"])
      expect(parseTrustedProxy(bad, false), bad).toHaveProperty("problem");
    expect(parseTrustedProxy("1", true)).toHaveProperty("problem");
    expect(parseTrustedProxy(undefined, true)).toEqual({ kind: "platform" });
  });
});

describe("the network a limit counts", () => {
  it("is an IPv4 address itself, and an IPv6 address's /64 however it is written", () => {
    expect(networkOf("198.18.0.7")).toBe("198.18.0.7");
    expect(networkOf("unknown")).toBe("unknown");
    const home = ["2001:db8:a:b::1", "2001:0db8:000a:000b:ffff:1:2:3", "2001:db8:a:b:0:0:0:0"];
    expect(new Set(home.map(networkOf))).toEqual(new Set(["2001:db8:a:b::/64"]));
    expect(networkOf("2001:db8:a:c::1")).not.toBe(networkOf("2001:db8:a:b::1"));
    expect(networkOf("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(networkOf("64:ff9b::198.18.0.7")).toBe("64:ff9b:0:0::/64");
  });
});
