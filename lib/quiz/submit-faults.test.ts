import { expect, it } from "vitest";
import { minimalQuiz } from "@/test/fixtures/minimal-briefing";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import type { Store } from "@/lib/store/store";
import { describeWithRedis, kvStoreOn, redisUrl, useBridge } from "@/test/kv/kv-fixture";
import { SLOW_MS, startUpstashBridge } from "@/test/kv/upstash-bridge";
import { fullForm } from "../../test/fixtures/quiz-forms";
import { checkLimits } from "@/lib/rate-limit/check-limits.server";
import { RULES } from "@/lib/rate-limit/rules";
import { NOT_SAVED_MESSAGE, submitAttempt } from "./submit";

const ATTEMPT = "5d0f3c1e-8b7a-4c2d-9e6f-1a2b3c4d5e6f";

const submit = (store: Store, limits = false) =>
  submitAttempt({
    store,
    quiz: minimalQuiz() as Quiz,
    slug: "bridge",
    form: fullForm(ATTEMPT),
    subject: async () => "anon:faults",
    newId: () => "never-used",
    // As in production: the limits are counted in the same store, before the write.
    limit: limits
      ? (subjectId) => checkLimits(store, [{ rule: RULES.submitPerSubject, key: subjectId }])
      : undefined,
  });

async function timed<T>(run: () => Promise<T>) {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

const notSaved = {
  ok: false,
  retry: true,
  errors: { "": NOT_SAVED_MESSAGE },
  attemptId: ATTEMPT,
};

describeWithRedis("submitting while KV is failing", () => {
  const bridge = useBridge();

  const faults = { error: "returns 500", hang: "hangs", slow: "takes 5 s (the write lands late)" };
  for (const [fault, what] of Object.entries(faults) as [keyof typeof faults, string][]) {
    it(`answers "not saved yet" within 3 s when the store ${what}, then lands once`, async () => {
      const store = kvStoreOn(bridge.current);
      bridge.current.setFault(fault);
      const failed = await timed(() => submit(store));
      expect(failed.value).toMatchObject(notSaved);
      expect(failed.ms).toBeLessThan(3000);
      // The slow write reaches Redis after the client gave up, before the resend.
      if (fault === "slow") await new Promise((resolve) => setTimeout(resolve, SLOW_MS));

      bridge.current.setFault("none");
      // After a late write the resend finds it: the same attempt, not a second one.
      const duplicate = fault === "slow";
      expect(await submit(store)).toEqual({ ok: true, attemptId: ATTEMPT, duplicate });
      expect(await submit(store)).toEqual({ ok: true, attemptId: ATTEMPT, duplicate: true });
      expect(await store.listAttempts("anon:faults")).toHaveLength(1);
    }, 15_000);
  }

  it("with the rate limits in front, a failing store still reads as not saved yet", async () => {
    const store = kvStoreOn(bridge.current);
    bridge.current.setFault("error");
    expect(await submit(store, true)).toMatchObject(notSaved);
    bridge.current.setFault("none");
    expect(await submit(store, true)).toMatchObject({ ok: true, duplicate: false });
    expect(await store.listAttempts("anon:faults")).toHaveLength(1);
  });

  it('answers "not saved yet" within 3 s when the store is gone, and lands once when it is back', async () => {
    const down = await startUpstashBridge({ redisUrl });
    const store = kvStoreOn(down);
    await down.close();
    const failed = await timed(() => submit(store));
    expect(failed.value).toMatchObject(notSaved);
    expect(failed.ms).toBeLessThan(3000);

    const { port } = new URL(down.url);
    const back = await startUpstashBridge({ redisUrl, port: Number(port) });
    try {
      expect(await submit(store)).toMatchObject({ ok: true, duplicate: false });
      expect(await submit(store)).toMatchObject({ ok: true, duplicate: true });
      expect(await store.listAttempts("anon:faults")).toHaveLength(1);
    } finally {
      await back.close();
    }
  });
});
