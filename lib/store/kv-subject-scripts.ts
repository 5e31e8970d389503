// The Lua scripts behind a subject's data in KV (kv-store.ts, kv-subjects.ts), each one atomic
// step that declares every key it touches. A subject's attempts hash and class-links hash
// expire together at (last activity + attempt retention): every write moves both expiry
// times to the latest of theirs and its own, never earlier. Layout: lib/store/README.md.
import { FREE_NICKNAME } from "./kv-class-scripts";

// latest(t, keys…): the latest of t and the keys' expiry times (PEXPIRETIME: -1 for a key
// without one, -2 for no key; both lose to any time). expire_all(t, keys…): one expiry for all;
// a key written before retention existed (no TTL) gets one now; a time in the past deletes.
const EXPIRY = `
local function latest(t, ...)
  for _, key in ipairs({...}) do
    local e = redis.call('PEXPIRETIME', key)
    if e > t then t = e end
  end
  return t
end
local function expire_all(t, ...)
  if t < 0 then return end
  for _, key in ipairs({...}) do redis.call('PEXPIREAT', key, t) end
end
`;

// KEYS: claim, attempts, links. ARGV: attempt id, attempt JSON, createdAt + retention, retention.
// Claim the attempt id and write the attempt in one step: a retried submission, even one whose
// first answer was lost, finds its claim and stores nothing new. The claim (no personal data)
// expires `retention` after it was made.
export const RECORD_ATTEMPT = `${EXPIRY}
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[4]) then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
  expire_all(latest(tonumber(ARGV[3]), KEYS[2], KEYS[3]), KEYS[2], KEYS[3])
  return {'created'}
end
local stored = redis.call('HGET', KEYS[2], ARGV[1])
if stored then return {'duplicate', stored} end
return {'conflict'}
`;

// KEYS: from attempts, into attempts, from links, into links. Every attempt and link of one
// subject moves to the other (links are per class and student, so none is lost), then the
// old hashes go: a repeat (or a race with a second sign-in) moves nothing twice. The merged
// data keeps the later of the two expiry times.
export const MERGE = `${EXPIRY}
local t = latest(-1, KEYS[1], KEYS[2], KEYS[3], KEYS[4])
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do redis.call('HSET', KEYS[2], all[i], all[i + 1]) end
local links = redis.call('HGETALL', KEYS[3])
for i = 1, #links, 2 do redis.call('HSETNX', KEYS[4], links[i], links[i + 1]) end
redis.call('DEL', KEYS[1], KEYS[3])
expire_all(t, KEYS[2], KEYS[4])
return (#all + #links) / 2
`;

// KEYS: attempts, links. ARGV: link field ("<code>:<student id>"), student id,
// link time + retention.
export const LINK = `${EXPIRY}
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
expire_all(latest(tonumber(ARGV[3]), KEYS[1], KEYS[2]), KEYS[1], KEYS[2])
return 1
`;

// KEYS: attempts, links, then per membership its class's students, nicknames, results and
// LMS grades (the student's fields there: "t:<id>", "s:<id>").
// ARGV: n, the n links (field, student id) read just before, then each membership's student id.
// The links must be exactly those read (else -1: read again and retry), so the keys declared
// are every key the subject's data is in, and the whole deletion is one atomic step.
export const DELETE_SUBJECT = `${FREE_NICKNAME}
local n = tonumber(ARGV[1])
if redis.call('HLEN', KEYS[2]) ~= n then return -1 end
for i = 1, n do
  if redis.call('HGET', KEYS[2], ARGV[2 * i]) ~= ARGV[2 * i + 1] then return -1 end
end
local attempts, classes = redis.call('HLEN', KEYS[1]), 0
redis.call('DEL', KEYS[1], KEYS[2])
for i = 2 * n + 2, #ARGV do
  local sid, k = ARGV[i], 3 + 4 * (i - 2 * n - 2)
  local gone = redis.call('HDEL', KEYS[k], sid) + redis.call('HDEL', KEYS[k + 2], sid)
    + redis.call('HDEL', KEYS[k + 3], 't:' .. sid, 's:' .. sid)
  if free_nickname(KEYS[k + 1], sid) + gone > 0 then classes = classes + 1 end
end
return {attempts, classes}
`;

// KEYS: a subject's hashes; ARGV: now, then the read command for each key (HGET takes ARGV
// after them). A hash whose expiry time has passed at `now` reads as empty, whether or not
// Redis has dropped it yet (reads with a later `now` than the server's clock, as in tests).
export const READ = `
local now = tonumber(ARGV[1])
local out = {}
for i, key in ipairs(KEYS) do
  local e = redis.call('PEXPIRETIME', key)
  if e >= 0 and e <= now then out[i] = false
  elseif ARGV[i + 1] == 'HGET' then out[i] = redis.call('HGET', key, ARGV[#KEYS + 2])
  else out[i] = redis.call(ARGV[i + 1], key) end
end
return out
`;

// KEYS: attempts, links. ARGV: the newest attempt's time + retention (read just before; the
// run's time + retention when there are only links), now. Retention for data written before
// it existed: a hash without an expiry gets one, the later of ARGV[1] and the other hash's;
// a subject past retention at `now` is deleted (Redis would drop it only by its own clock).
// Returns 2 deleted, 1 given an expiry, 0 nothing to do.
export const APPLY_RETENTION = `${EXPIRY}
local undated = false
for _, key in ipairs(KEYS) do
  if redis.call('PEXPIRETIME', key) == -1 then undated = true end
end
local t = latest(undated and tonumber(ARGV[1]) or -1, KEYS[1], KEYS[2])
if t < 0 then return 0 end
if t <= tonumber(ARGV[2]) then
  redis.call('DEL', KEYS[1], KEYS[2])
  return 2
end
if not undated then return 0 end
expire_all(t, KEYS[1], KEYS[2])
return 1
`;
