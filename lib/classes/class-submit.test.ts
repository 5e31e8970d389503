import { expect, it } from "vitest";
import { classRecord } from "@/test/contracts/class-contract";
import { describeWithRedis, kvStoreOn, useBridge } from "@/test/kv/kv-fixture";
import { CLASS_CLOSED, NOT_A_MEMBER, REMOVED_FROM_CLASS, checkClassContext } from "./class-submit";

describeWithRedis("the class check before a class submission", () => {
  const bridge = useBridge();

  it("answers open/member in one KV request, and refuses closed classes and strangers", async () => {
    const store = kvStoreOn(bridge.current);
    const now = Date.now();
    const open = classRecord();
    await store.createClass(open);
    await store.joinClass(open.code, "s1", "Sam", now);

    bridge.current.resetCounts();
    const ok = await checkClassContext(store, open.code, "s1", now);
    expect(ok).toEqual({ ok: true, record: open, studentId: "s1" });
    expect(bridge.current.counts).toEqual({ requests: 1, commands: 2 });

    expect(await checkClassContext(store, open.code, "stranger", now)).toEqual({
      ok: false,
      message: NOT_A_MEMBER,
    });
    expect(await checkClassContext(store, open.code, undefined, now)).toEqual({
      ok: false,
      message: NOT_A_MEMBER,
    });
    await store.joinClass(open.code, "s2", "Rude", now);
    await store.removeStudent(open.code, open.ownerId, "s2", now);
    expect(await checkClassContext(store, open.code, "s2", now)).toEqual({
      ok: false,
      message: REMOVED_FROM_CLASS,
    });
    await store.updateClass(open.code, open.ownerId, { closedAt: now });
    expect(await checkClassContext(store, open.code, "s1", now + 1)).toEqual({
      ok: false,
      message: CLASS_CLOSED,
    });
    expect(await checkClassContext(store, "NOPE22", "s1", now)).toEqual({
      ok: false,
      message: CLASS_CLOSED,
    });
  });
});
