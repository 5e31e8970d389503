// `tsx test/kv/serve.ts`: a throwaway redis-server behind the Upstash bridge, for e2e runs,
// benchmarks and trying two app instances on one "KV" locally (see README). Test-only.
//   BRIDGE_PORT (3190)          the Upstash-compatible REST endpoint (KV_REST_API_URL)
//   BRIDGE_TOKEN (bridge-token) the Bearer token (KV_REST_API_TOKEN)
//   BRIDGE_CONTROL_PORT (3191)  GET /health; POST /fault?mode=none|error|hang|slow; GET /counts
import { createServer } from "node:http";
import { ensureRedisServer, startRedisServer } from "./redis-server";
import { startUpstashBridge, type FaultMode } from "./upstash-bridge";

const port = Number(process.env.BRIDGE_PORT ?? 3190);
const controlPort = Number(process.env.BRIDGE_CONTROL_PORT ?? 3191);

const ready = ensureRedisServer();
if (!ready.ok) {
  console.error(`[bridge] cannot start: ${ready.reason}`);
  process.exit(1);
}
const redis = await startRedisServer();
const bridge = await startUpstashBridge({
  redisUrl: redis.url,
  token: process.env.BRIDGE_TOKEN ?? "bridge-token",
  port,
});

const modes: FaultMode[] = ["none", "error", "hang", "slow"];
const control = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://control");
  const mode = url.searchParams.get("mode") as FaultMode;
  if (req.method === "POST" && url.pathname === "/fault" && modes.includes(mode)) {
    bridge.setFault(mode);
  } else if (req.method === "POST" && url.pathname === "/counts/reset") {
    bridge.resetCounts();
  } else if (!(req.method === "GET" && ["/health", "/counts"].includes(url.pathname))) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(bridge.counts));
});
control.listen(controlPort, "127.0.0.1");

console.log(
  `[bridge] KV_REST_API_URL=${bridge.url} KV_REST_API_TOKEN=${bridge.token} (redis ${redis.url}; control http://localhost:${controlPort})`,
);

const stop = async () => {
  control.close();
  await bridge.close();
  await redis.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
