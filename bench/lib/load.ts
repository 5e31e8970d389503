// Throughput with autocannon: requests per second and latency percentiles over a fixed time.
import autocannon from "autocannon";

export type LoadResult = {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  /** autocannon reports p97.5, not p95. */
  p975Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
};

export async function load(options: {
  url: string;
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Buffer;
  /** The status a successful request answers with (a server action's redirect is 303). */
  okStatus?: number;
  /**
   * Each request from another network address: many readers, not one client, so the
   * per-network rate limits measure nothing here (they are tested in e2e/http).
   */
  manyNetworks?: boolean;
}): Promise<LoadResult> {
  let sent = 0;
  const fromAnotherNetwork = (request: autocannon.Request): autocannon.Request => {
    sent++;
    const address = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
    return { ...request, headers: { ...request.headers, "x-forwarded-for": address } };
  };
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body,
    ...(options.manyNetworks ? { requests: [{ setupRequest: fromAnotherNetwork }] } : {}),
  });
  const ok = options.okStatus ?? 200;
  const okCount = (result.statusCodeStats as Record<string, { count: number }>)[ok]?.count ?? 0;
  return {
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p975Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.requests.total - okCount + result.errors,
  };
}

/** A FormData as the bytes and content type a browser would send. */
export async function encodeForm(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const res = new Response(form);
  return {
    body: Buffer.from(await res.arrayBuffer()),
    contentType: res.headers.get("content-type")!,
  };
}
