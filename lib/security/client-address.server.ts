import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env/env.server";
import type { TrustedProxy } from "@/lib/env/trusted-proxy.server";
import { peerAddress } from "./peer-address.server";

/** "::ffff:10.0.0.1" (IPv4 as a dual-stack socket reports it) is 10.0.0.1. */
const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

function blockListOf(trust: Extract<TrustedProxy, { kind: "networks" }>): BlockList {
  const list = new BlockList();
  for (const n of trust.networks)
    list.addSubnet(n.address, n.prefix, n.family === 4 ? "ipv4" : "ipv6");
  return list;
}

const lists = new WeakMap<TrustedProxy, BlockList>();
function isTrusted(address: string, trust: Extract<TrustedProxy, { kind: "networks" }>): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  let list = lists.get(trust);
  if (!list) lists.set(trust, (list = blockListOf(trust)));
  return list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The address of the client a per-network limit counts, by the TRUSTED_PROXY setting (never
 * by a header the client chose): on Vercel its own header; with no proxy, the connection's
 * address (`peer`); behind proxies, the X-Forwarded-For chain read from the end, where each
 * trusted proxy appended the address it saw, the connection itself last. "unknown" when it
 * cannot be told: one shared allowance, which fails safe.
 */
export function clientAddress(
  headers: Headers,
  trust: TrustedProxy,
  peer: string | undefined,
): string {
  if (trust.kind === "platform") {
    const platform = headers.get("x-vercel-forwarded-for") ?? headers.get("x-real-ip");
    return plain(platform?.split(",")[0] ?? "") || "unknown";
  }
  if (trust.kind === "none") return peer ? plain(peer) : "unknown";
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(plain).filter(Boolean);
  const chain = [...forwarded, ...(peer ? [plain(peer)] : [])];
  if (chain.length === 0) return "unknown";
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  for (let i = chain.length - 1; i >= 0; i--) if (!isTrusted(chain[i]!, trust)) return chain[i]!;
  return chain[0]!;
}

/**
 * Whether X-Forwarded-Host and X-Forwarded-Proto come from a proxy the setting trusts: on
 * Vercel, or when the connection is from a trusted proxy. Otherwise a client wrote them.
 */
export function trustsForwarded(trust: TrustedProxy, peer: string | undefined): boolean {
  if (trust.kind === "platform") return true;
  if (trust.kind === "none") return false;
  if (trust.kind === "hops") return true;
  return peer !== undefined && isTrusted(plain(peer), trust);
}

/** How the start-up log says where client addresses come from. */
export function describeTrust(trust: TrustedProxy, peerInstalled: boolean): string {
  switch (trust.kind) {
    case "platform":
      return "client addresses from Vercel's x-vercel-forwarded-for";
    case "none":
      return peerInstalled
        ? "client addresses from the connection (TRUSTED_PROXY unset: X-Forwarded-* ignored)"
        : "client addresses unknown: the connection's address is not available, so every client shares one allowance (set TRUSTED_PROXY behind a proxy)";
    case "hops":
      return `client addresses from X-Forwarded-For, behind ${trust.hops} trusted prox${trust.hops === 1 ? "y" : "ies"}`;
    case "networks":
      return `client addresses from X-Forwarded-For, skipping trusted proxies in ${trust.networks.map((n) => `${n.address}/${n.prefix}`).join(", ")}`;
  }
}

/** The eight 16-bit groups of an IPv6 address ("2001:db8::1", "::ffff:1.2.3.4"). */
function ipv6Groups(address: string): number[] {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) =>
    part
      .split(":")
      .filter(Boolean)
      .flatMap((g) => {
        if (!g.includes(".")) return [parseInt(g, 16)];
        const [a = 0, b = 0, c = 0, d = 0] = g.split(".").map(Number);
        return [(a << 8) | b, (c << 8) | d];
      });
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The network a per-network limit counts for an address: an IPv4 address itself, and an IPv6
 * address's /64, the smallest block a provider hands one customer (a single home or phone
 * holds 2^64 addresses, each of which would otherwise be a fresh allowance).
 */
export function networkOf(address: string): string {
  const bare = address.replace(/%.*$/, "");
  if (isIP(bare) !== 6) return address;
  return `${ipv6Groups(bare)
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** This request's client network (see networkOf), by the environment's TRUSTED_PROXY. */
export function requestClientNetwork(headers: Headers): string {
  return networkOf(clientAddress(headers, env().trustedProxy, peerAddress(headers)));
}
