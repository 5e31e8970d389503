// An Upstash-REST-compatible front for a real redis-server, for tests and benchmarks only.
// It speaks what @upstash/redis (under @vercel/kv) sends: POST `/` with ["CMD", ...args],
// `/pipeline` and `/multi-exec` with arrays of those, a Bearer token, and base64-encoded
// string results when asked with `Upstash-Encoding: base64`. Replies keep RESP2 shapes
// (HGETALL is a flat array); errors are JSON `{ "error": "..." }` with status 400.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createClient } from "redis";

type Connection = ReturnType<typeof connect>;
const connect = (url: string) => createClient({ url, RESP: 2 });

/**
 * How the bridge misbehaves on purpose: `error` answers 500, `hang` never answers, `slow`
 * waits SLOW_MS and then runs the commands anyway (a write can land after the client gave up).
 */
export type FaultMode = "none" | "error" | "hang" | "slow";

export const SLOW_MS = 5000;

export type UpstashBridge = {
  url: string;
  token: string;
  /** HTTP requests and Redis commands served since start (or the last `resetCounts`). */
  counts: { requests: number; commands: number };
  resetCounts: () => void;
  setFault: (mode: FaultMode) => void;
  close: () => Promise<void>;
};

type Command = (string | number | boolean)[];
type Reply = string | number | null | Reply[] | Error;

const MAX_BODY = 5 * 1024 * 1024;

class BadRequest extends Error {}

export async function startUpstashBridge(options: {
  redisUrl: string;
  token?: string;
  port?: number;
}): Promise<UpstashBridge> {
  const token = options.token ?? "bridge-token";
  const client = connect(options.redisUrl);
  await client.connect();
  // MULTI/EXEC needs a connection of its own: on the shared one, other requests' commands
  // would land inside the transaction.
  const idle: Connection[] = [];
  const lent = new Set<Connection>();
  const borrow = async () => {
    const c = idle.pop() ?? (await client.duplicate().connect());
    lent.add(c);
    return c;
  };
  const giveBack = (c: Connection) => {
    lent.delete(c);
    idle.push(c);
  };

  let fault: FaultMode = "none";
  const hanging = new Set<ServerResponse>();
  const counts = { requests: 0, commands: 0 };

  const run = async (c: Connection, command: Command): Promise<Reply> => {
    counts.commands++;
    try {
      return (await c.sendCommand(command.map(String))) as Reply;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };

  const multiExec = async (commands: Command[]): Promise<Reply[] | Error> => {
    const c = await borrow();
    try {
      await c.sendCommand(["MULTI"]);
      const queued = await Promise.all(commands.map((command) => run(c, command)));
      try {
        return (await c.sendCommand(["EXEC"])) as Reply[];
      } catch (error) {
        // A command refused while queueing aborts the whole transaction (EXECABORT), as in
        // Redis; say which one.
        const refused = queued.find((r) => r instanceof Error);
        return new Error(`${(error as Error).message}${refused ? ` (${refused.message})` : ""}`);
      }
    } finally {
      giveBack(c);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    counts.requests++;
    if (fault === "hang") {
      hanging.add(res);
      return;
    }
    if (fault === "error") return send(res, 500, { error: "ERR bridge fault injected" });
    if (req.headers.authorization !== `Bearer ${token}`) {
      return send(res, 401, { error: "Unauthorized" });
    }
    if (req.method !== "POST") return send(res, 405, { error: "ERR only POST is supported" });
    const base64 = req.headers["upstash-encoding"] === "base64";
    const encode = (reply: Reply): unknown => encodeReply(reply, base64);
    const body = await readJson(req);
    // Body read first: the commands run even if the client has given up by then.
    if (fault === "slow") await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    const path = new URL(req.url ?? "/", "http://bridge").pathname.replace(/\/+$/, "") || "/";

    if (path === "/") {
      const reply = await run(client, asCommand(body));
      return reply instanceof Error
        ? send(res, 400, { error: reply.message })
        : send(res, 200, { result: encode(reply) });
    }
    if (path === "/pipeline" || path === "/multi-exec") {
      if (!Array.isArray(body) || body.length === 0) {
        throw new BadRequest("ERR a pipeline is a non-empty array of commands");
      }
      const commands = body.map(asCommand);
      const replies =
        path === "/pipeline"
          ? await Promise.all(commands.map((command) => run(client, command)))
          : await multiExec(commands);
      if (replies instanceof Error) return send(res, 400, { error: replies.message });
      return send(
        res,
        200,
        replies.map((r) => (r instanceof Error ? { error: r.message } : { result: encode(r) })),
      );
    }
    return send(res, 404, { error: `ERR unknown endpoint ${path}` });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof BadRequest ? 400 : 500;
      send(res, status, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };

  return {
    url: `http://localhost:${port}`,
    token,
    counts,
    resetCounts: () => {
      counts.requests = 0;
      counts.commands = 0;
    },
    setFault: (mode) => {
      fault = mode;
      if (mode !== "hang") {
        for (const res of hanging) res.destroy();
        hanging.clear();
      }
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([client, ...idle, ...lent].map((c) => c.quit().catch(() => undefined)));
    },
  };
}

function asCommand(value: unknown): Command {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    typeof value[0] !== "string" ||
    !value.every((v) => ["string", "number", "boolean"].includes(typeof v))
  ) {
    throw new BadRequest("ERR a command is a non-empty array of strings and numbers");
  }
  return value as Command;
}

/** Upstash's base64 mode: every string but the status reply "OK"; numbers and nulls as is. */
function encodeReply(reply: Reply, base64: boolean): unknown {
  if (Array.isArray(reply)) return reply.map((r) => encodeReply(r, base64));
  if (reply instanceof Error) return null;
  if (typeof reply === "string" && base64 && reply !== "OK") {
    return Buffer.from(reply, "utf8").toString("base64");
  }
  return reply;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BadRequest("ERR request body too large");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BadRequest("ERR the body is not valid JSON");
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
