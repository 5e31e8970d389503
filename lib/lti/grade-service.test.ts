import { exportPKCS8, generateKeyPair } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { startLmsSimulator } from "@/test/lti/lms-simulator";
import { gradeService, RETRY_DELAYS_MS, scoresUrl } from "./grade-service";
import { toolKeysFromPem } from "./tool-keys";

// Scores to an LMS simulator on its own port, which checks our client assertion against our
// public keys as a platform does.

const simulators: Awaited<ReturnType<typeof startLmsSimulator>>[] = [];
afterEach(async () => {
  for (const s of simulators.splice(0)) await s.close();
});

async function setup() {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const keys = await toolKeysFromPem(await exportPKCS8(privateKey));
  const lms = await startLmsSimulator({ toolJwks: () => keys.jwks, clientId: "our-client" });
  simulators.push(lms);
  const slept: number[] = [];
  let jti = 0;
  const grades = gradeService({
    keys: async () => keys,
    fetch,
    now: () => Date.now(),
    sleep: async (ms) => void slept.push(ms),
    random: () => `jti-${++jti}`,
  });
  return { lms, grades, slept };
}

const score = {
  userId: "lms-user-42",
  scoreGiven: 17.5,
  scoreMaximum: 21,
  timestamp: Date.UTC(2026, 11, 2, 9, 59),
};

describe("scores back to the LMS", () => {
  it("posts a completed, fully graded score with a token got once and reused", async () => {
    const { lms, grades } = await setup();
    expect(await grades.postScore(lms.platform, lms.lineItem("7"), score)).toEqual({ ok: true });
    expect(await grades.postScore(lms.platform, lms.lineItem("8"), score)).toEqual({ ok: true });
    expect(lms.tokenRequests()).toBe(1);
    expect(lms.scores).toEqual([
      {
        lineItem: "7",
        body: {
          userId: "lms-user-42",
          scoreGiven: 17.5,
          scoreMaximum: 21,
          activityProgress: "Completed",
          gradingProgress: "FullyGraded",
          timestamp: "2026-12-02T09:59:00.000Z",
        },
      },
      expect.objectContaining({ lineItem: "8" }),
    ]);
  });

  it("waits and retries while the platform is down, then gets through", async () => {
    const { lms, grades, slept } = await setup();
    lms.goDownFor(2);
    expect(await grades.postScore(lms.platform, lms.lineItem("7"), score)).toEqual({ ok: true });
    expect(slept).toEqual(RETRY_DELAYS_MS.slice(0, 2));
    expect(lms.scores).toHaveLength(1);
  });

  it("gives up after its retries and says why, having recorded nothing", async () => {
    const { lms, grades, slept } = await setup();
    lms.goDownFor(100);
    expect(await grades.postScore(lms.platform, lms.lineItem("7"), score)).toMatchObject({
      ok: false,
      status: 503,
    });
    expect(slept).toEqual(RETRY_DELAYS_MS);
    expect(lms.scores).toHaveLength(0);
  });

  it("gets a fresh token once when the platform refuses the one it had", async () => {
    const { lms, grades } = await setup();
    await grades.postScore(lms.platform, lms.lineItem("7"), score);
    lms.forgetTokens();
    expect(await grades.postScore(lms.platform, lms.lineItem("7"), score)).toEqual({ ok: true });
    expect(lms.tokenRequests()).toBe(2);
    expect(lms.scores).toHaveLength(2);
  });

  it("is refused when our key is not the one the platform knows", async () => {
    const { lms } = await setup();
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const stranger = gradeService({
      keys: async () => toolKeysFromPem(await exportPKCS8(privateKey)),
      fetch,
      now: () => Date.now(),
      sleep: async () => {},
      random: () => "jti",
    });
    expect(await stranger.postScore(lms.platform, lms.lineItem("7"), score)).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(lms.scores).toHaveLength(0);
  });

  it("finds the scores endpoint of a line item with a query", () => {
    expect(scoresUrl("https://lms.example/api/lineitems/7?type_id=3")).toBe(
      "https://lms.example/api/lineitems/7/scores?type_id=3",
    );
    expect(scoresUrl("https://lms.example/api/lineitems/7/")).toBe(
      "https://lms.example/api/lineitems/7/scores",
    );
  });
});
