import { isIP } from "node:net";

/**
 * Who may tell the app a client's address (and the host it asked for): TRUSTED_PROXY.
 * - `platform`: on Vercel, the platform's own header (x-vercel-forwarded-for); the variable is refused.
 * - `none` (unset, the default): nobody; the address is the connection's own, and every
 *   X-Forwarded-* header is the client's word, ignored.
 * - `hops`: a count, "1" for one proxy in front (nginx, a load balancer) that appends the
 *   address it saw to X-Forwarded-For: the client is that many entries from the end.
 * - `networks`: a comma list of the proxies' addresses or CIDR ranges ("10.0.0.0/8, ::1"):
 *   entries from those networks are skipped from the end; the first other one is the client.
 */
export type TrustedProxy =
  | { kind: "platform" }
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "networks"; networks: { address: string; prefix: number; family: 4 | 6 }[] };

const MAX_HOPS = 10;

function network(entry: string): { address: string; prefix: number; family: 4 | 6 } | undefined {
  const [address = "", bits] = entry.split("/");
  const family = isIP(address);
  if (family !== 4 && family !== 6) return undefined;
  const max = family === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : /^\d+$/.test(bits) ? Number(bits) : NaN;
  return prefix >= 0 && prefix <= max ? { address, prefix, family } : undefined;
}

/** TRUSTED_PROXY's value, or a problem to report naming the variable. */
export function parseTrustedProxy(
  value: string | undefined,
  onVercel: boolean,
): TrustedProxy | { problem: string } {
  if (onVercel) {
    return value
      ? {
          problem:
            "TRUSTED_PROXY is not used on Vercel (the platform says who the client is): unset it",
        }
      : { kind: "platform" };
  }
  if (!value) return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= MAX_HOPS) return { kind: "hops", hops };
    return { problem: `TRUSTED_PROXY as a count must be 1 to ${MAX_HOPS} proxies, not ${value}` };
  }
  const entries = value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const networks = entries.map(network);
  const bad = entries.filter((_, i) => !networks[i]);
  if (bad.length > 0 || networks.length === 0) {
    return {
      problem: `TRUSTED_PROXY must be a count of proxies or a comma list of addresses and CIDR ranges; not valid: ${bad.join(", ") || value}`,
    };
  }
  return { kind: "networks", networks: networks as NonNullable<(typeof networks)[number]>[] };
}
