import { createClient as createKv } from "@vercel/kv";
import { randomUUID } from "node:crypto";
import { createClient as createRedis } from "redis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createKvStore } from "@/lib/store/kv-store";
import { attempt } from "@/test/contracts/attempt-contract";
import { describeWithRedis, redisUrl, useBridge } from "./kv-fixture";

// The bridge stands in for Upstash in every KV test, so it is checked from both sides: raw
// HTTP against what Upstash documents, and @vercel/kv through it against a direct Redis
// connection. A bridge bug therefore cannot make an adapter bug look like a pass.
describeWithRedis("Upstash REST bridge", () => {
  const bridge = useBridge();
  const direct = createRedis({ url: redisUrl, RESP: 2 });
  beforeAll(async () => {
    await direct.connect();
  });
  afterAll(() => direct.quit());

  const key = (name: string) => `bridge-test:${randomUUID()}:${name}`;
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${bridge.current.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${bridge.current.token}`, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const b64 = (s: string) => Buffer.from(s).toString("base64");

  it("refuses requests without the right Bearer token", async () => {
    for (const authorization of [undefined, "Bearer wrong", bridge.current.token]) {
      const res = await fetch(bridge.current.url, {
        method: "POST",
        headers: authorization ? { authorization } : {},
        body: JSON.stringify(["PING"]),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: "Unauthorized" });
    }
  });

  it("answers single commands with RESP2 shapes, base64 strings only when asked", async () => {
    const k = key("s");
    const h = key("h");
    expect(await post("/", ["SET", k, "välue"])).toEqual({ status: 200, body: { result: "OK" } });
    expect(await post("/", ["GET", k])).toEqual({ status: 200, body: { result: "välue" } });
    const base64 = { "Upstash-Encoding": "base64" };
    expect((await post("/", ["GET", k], base64)).body).toEqual({ result: b64("välue") });
    expect((await post("/", ["GET", key("missing")], base64)).body).toEqual({ result: null });
    expect((await post("/", ["HSET", h, "a", 1, "b", "two"], base64)).body).toEqual({ result: 2 });
    expect((await post("/", ["HGETALL", h], base64)).body).toEqual({
      result: [b64("a"), b64("1"), b64("b"), b64("two")],
    });
    expect((await post("/", ["PING"], base64)).body).toEqual({ result: b64("PONG") });
  });

  it("returns Redis errors and malformed requests as JSON errors with status 400", async () => {
    const k = key("s");
    await post("/", ["SET", k, "text"]);
    expect(await post("/", ["INCR", k])).toEqual({
      status: 400,
      body: { error: "ERR value is not an integer or out of range" },
    });
    for (const bad of ["not json", "[]", '[{"x":1}]', '"GET"']) {
      const res = await post("/", bad);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: expect.stringMatching(/^ERR /) });
    }
    expect((await post("/nowhere", ["PING"])).status).toBe(404);
  });

  it("runs pipelines with an answer per command, errors in place", async () => {
    const k = key("n");
    expect(
      await post("/pipeline", [
        ["INCR", k],
        ["HGET", k, "x"],
        ["INCR", k],
      ]),
    ).toEqual({
      status: 200,
      body: [
        { result: 1 },
        { error: "WRONGTYPE Operation against a key holding the wrong kind of value" },
        { result: 2 },
      ],
    });
  });

  it("runs multi-exec atomically and aborts it when a command is refused", async () => {
    const k = key("n");
    expect(
      (
        await post("/multi-exec", [
          ["INCR", k],
          ["INCRBY", k, 10],
        ])
      ).body,
    ).toEqual([{ result: 1 }, { result: 11 }]);
    const aborted = await post("/multi-exec", [["INCR", k], ["NOSUCHCOMMAND"]]);
    expect(aborted.status).toBe(400);
    expect(aborted.body).toMatchObject({ error: expect.stringContaining("EXECABORT") });
    expect(await direct.get(k)).toBe("11");
  });

  it("serves @vercel/kv for every command the KV adapter uses, as a direct client sees it", async () => {
    const kv = createKv({
      url: bridge.current.url,
      token: bridge.current.token,
      automaticDeserialization: false,
    });
    const claim = key("claim");
    const hash = key("hash");
    expect(await kv.set(claim, "1", { nx: true })).toBe("OK");
    expect(await kv.set(claim, "1", { nx: true })).toBeNull();
    expect(await kv.hset(hash, { a: '{"n":1}', b: "ünïcode ✓" })).toBe(2);
    expect(await direct.hGetAll(hash)).toEqual({ a: '{"n":1}', b: "ünïcode ✓" });
    await direct.hSet(hash, "c", "written directly");
    expect(await kv.hget(hash, "c")).toBe("written directly");
    expect(await kv.hget(hash, "nope")).toBeNull();
    expect((await kv.hvals(hash)).sort()).toEqual(["written directly", '{"n":1}', "ünïcode ✓"]);
    // RESP2's flat field/value list: without automatic deserialization the client passes it on.
    expect(await kv.hgetall(hash)).toEqual([
      "a",
      '{"n":1}',
      "b",
      "ünïcode ✓",
      "c",
      "written directly",
    ]);
    expect(await kv.eval("return {'x', ARGV[1], 3, false}", [hash], ["y"])).toEqual([
      "x",
      "y",
      3,
      null,
    ]);
    expect(await kv.eval("return redis.call('HLEN', KEYS[1])", [hash], [])).toBe(3);
    await expect(kv.eval("return redis.call('NOPE')", [], [])).rejects.toThrow(
      /Unknown Redis command|unknown command/i,
    );
    const tx = kv.multi();
    tx.hset(hash, { d: "4" });
    tx.del(claim);
    expect(await tx.exec()).toEqual([1, 1]);
    expect(await direct.exists(claim)).toBe(0);
  });

  it("lays out the adapter's keys as lib/store/README.md documents", async () => {
    const prefix = `${key("layout")}:`;
    const store = createKvStore({ url: bridge.current.url, token: bridge.current.token, prefix });
    const a = attempt({ subjectId: "anon:layout" });
    await store.recordAttempt(a);
    expect(await direct.get(`${prefix}attempt:${a.attemptId}`)).toBe("1");
    const { subjectId, ...stored } = a;
    expect(await direct.hGetAll(`${prefix}subject:${subjectId}:attempts`)).toEqual({
      [a.attemptId]: JSON.stringify(stored),
    });
    expect(await direct.keys(`${prefix}*`)).toHaveLength(2);
  });
});
