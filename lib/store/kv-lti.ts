import "server-only";
import type { Platform } from "@/lib/env/lti-platforms";
import type { LtiPort } from "@/lib/lti/lti-port";
import { gradesFromRows, type GradeRow } from "./lti-grade-rows";
import { mergePlatform, platformField } from "@/lib/lti/platforms";
import { COPY_TTL } from "./kv-class-scripts";
import type { KvClient } from "./kv-client";
import type { KvKeys } from "./kv-keys";

// Point the link at the new code when it is unset or still the stale one; answer where it
// points. One script, so two first launches cannot both win.
const CLAIM = `
local current = redis.call('GET', KEYS[1])
if (not current) or (ARGV[2] ~= '' and current == ARGV[2]) then
  redis.call('SET', KEYS[1], ARGV[1])
  return ARGV[1]
end
return current
`;

// One field of a class's LMS-grades hash, only while the class exists; the hash expires
// with the class's other keys (its TTL copied here, and set with theirs by UPDATE).
const SET_IN_CLASS = `${COPY_TTL}
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
copy_ttl(KEYS[1], KEYS[2])
return 1
`;

/** The LMS-grades hash's fields: "policy", and per student "t:<id>" (target), "s:<id>" (sent). */
function gradesFrom(flat: string[] | null) {
  const rows: GradeRow[] = [];
  const all = flat ?? [];
  for (let i = 0; i < all.length; i += 2) {
    const [field, value] = [all[i]!, all[i + 1]!];
    if (field === "policy") rows.push({ studentId: "", field, value });
    else
      rows.push({
        studentId: field.slice(2),
        field: field.startsWith("t:") ? "target" : "sent",
        value,
      });
  }
  return gradesFromRows(rows);
}

// A registration, by issuer and client id: a new one as given, a known one with its
// deployments added (the app merges: ARGV[2] is the merged record, written only if the
// stored one is still ARGV[3], else the app reads again).
const SAVE_PLATFORM = `
local current = redis.call('HGET', KEYS[1], ARGV[1]) or ''
if current ~= ARGV[3] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
`;

export function kvLtiOps(kv: KvClient, prefix: string, keys: KvKeys): LtiPort {
  const platformsKey = `${prefix}lti-platforms`;
  const link = (key: string) => `${prefix}lti-link:${key}`;
  const setInClass = async (code: string, field: string, value: string) => {
    const [classKey, , , , grades] = keys.class(code);
    await kv.eval<string[], number>(SET_IN_CLASS, [classKey, grades], [field, value]);
  };
  return {
    async saveLtiPlatform(platform) {
      const field = platformField(platform);
      for (let tries = 0; tries < 5; tries++) {
        const stored = (await kv.hget<string>(platformsKey, field)) ?? "";
        const merged = mergePlatform(stored ? JSON.parse(stored) : undefined, platform);
        const saved = await kv.eval<string[], number>(
          SAVE_PLATFORM,
          [platformsKey],
          [field, JSON.stringify(merged), stored],
        );
        if (saved === 1) return;
      }
      throw new Error(`the registration of ${platform.issuer} kept changing while being saved`);
    },
    async listLtiPlatforms() {
      const all = ((await kv.hvals(platformsKey)) ?? []) as string[];
      return all.map((json) => JSON.parse(json) as Platform);
    },
    setGradeTarget: (code, studentId, target) =>
      setInClass(code, `t:${studentId}`, JSON.stringify(target)),
    setGradeSent: (code, studentId, sent) =>
      setInClass(code, `s:${studentId}`, JSON.stringify(sent)),
    setGradePolicy: (code, policy) => setInClass(code, "policy", policy),
    async classGrades(code) {
      return gradesFrom((await kv.hgetall(keys.class(code)[4])) as string[] | null);
    },
    async studentGrade(code, studentId) {
      const hash = keys.class(code)[4];
      const fields = ["policy", `t:${studentId}`, `s:${studentId}`];
      const pipeline = kv.pipeline();
      for (const field of fields) pipeline.hget(hash, field);
      const values = (await pipeline.exec()) as (string | null)[];
      const flat = fields.flatMap((field, i) => (values[i] == null ? [] : [field, values[i]!]));
      const { policy, students } = gradesFrom(flat);
      return { policy, studentId, ...students[0] };
    },

    async useLtiNonce(key, expiresAt, now) {
      // SET NX: only the first writer of a live key succeeds; Redis expires it itself.
      const set = await kv.set(`${prefix}lti-nonce:${key}`, "1", {
        nx: true,
        px: Math.max(1, expiresAt - now),
      });
      return set === "OK";
    },
    async ltiClassCode(key) {
      return (await kv.get<string>(link(key))) ?? undefined;
    },
    async claimLtiClass(key, code, stale) {
      return kv.eval<string[], string>(CLAIM, [link(key)], [code, stale ?? ""]);
    },
  };
}
