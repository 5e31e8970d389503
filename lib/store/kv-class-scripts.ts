// The Lua scripts behind the KV class operations (kv-classes.ts), each one atomic step.
// Every script declares all the keys it touches. Class keys expire together, `retention`
// after the class closes; keys created later (a first join, a first result) copy the class
// key's remaining TTL. Key layout and command counts: lib/store/README.md.

export const CREATE = `
if not redis.call('SET', KEYS[1], ARGV[2], 'NX') then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
if ARGV[3] ~= '' then redis.call('PEXPIREAT', KEYS[1], ARGV[3]) end
return 1
`;

// Owner check, patch, re-index, then expiry for every class key: one atomic step.
export const UPDATE = `
local raw = redis.call('GET', KEYS[1])
if not raw then return false end
local c = cjson.decode(raw)
if c.ownerId ~= ARGV[1] then return false end
for i, field in ipairs({'closedAt', 'closesAt', 'revealedAt', 'joinsClosedAt'}) do
  local v = ARGV[i + 1]
  if v == 'null' then c[field] = nil elseif v ~= '' then c[field] = tonumber(v) end
end
local json = cjson.encode(c)
redis.call('SET', KEYS[1], json)
redis.call('HSET', KEYS[6], c.code, json)
local closed = c.closedAt or c.closesAt
for i = 1, 5 do
  if closed then redis.call('PEXPIREAT', KEYS[i], closed + tonumber(ARGV[6]))
  else redis.call('PERSIST', KEYS[i]) end
end
return json
`;

const OWNED = `
local function owned(key, owner)
  local raw = redis.call('GET', key)
  return raw and cjson.decode(raw).ownerId == owner
end
`;

export const DELETE = `${OWNED}
if not owned(KEYS[1], ARGV[1]) then return 0 end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5])
redis.call('HDEL', KEYS[6], ARGV[2])
return 1
`;

export const COPY_TTL = `
local function copy_ttl(from, to)
  local ttl = redis.call('PTTL', from)
  if ttl > 0 then redis.call('PEXPIRE', to, ttl) end
end
`;

// A rejoin returns the student as first joined; a new nickname claims the first free
// "name", "name (2)", … in the class (HSETNX on the nickname index).
export const JOIN = `${COPY_TTL}
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local existing = redis.call('HGET', KEYS[2], ARGV[1])
if existing then return existing end
local n, name, key = 1, ARGV[2], ARGV[3]
while redis.call('HSETNX', KEYS[3], key, ARGV[1]) == 0 do
  n = n + 1
  name = ARGV[2] .. ' (' .. n .. ')'
  key = ARGV[3] .. ' (' .. n .. ')'
end
local student = '{"studentId":' .. cjson.encode(ARGV[1]) .. ',"nickname":' .. cjson.encode(name)
  .. ',"joinedAt":' .. ARGV[4] .. '}'
redis.call('HSET', KEYS[2], ARGV[1], student)
copy_ttl(KEYS[1], KEYS[2])
copy_ttl(KEYS[1], KEYS[3])
return student
`;

// One field per student: "<meta JSON>\\n<latest attempt JSON>\\n<best attempt JSON>". The
// attempts pass through as the app wrote them (never re-encoded, so no number is rounded);
// only the small meta is decoded. Same rule as withAttempt() in lib/classes/types.ts.
export const RECORD = `${COPY_TTL}
local field = redis.call('HGET', KEYS[2], ARGV[1])
local meta, latest, best
if field then
  local a = string.find(field, '\\n', 1, true)
  local b = string.find(field, '\\n', a + 1, true)
  meta = cjson.decode(string.sub(field, 1, a - 1))
  latest = string.sub(field, a + 1, b - 1)
  best = string.sub(field, b + 1)
  for _, id in ipairs(meta.ids) do
    if id == ARGV[2] then return 1 end
  end
else
  meta = { n = 0, ids = {}, latestAt = -1, best = -1 }
end
meta.n = meta.n + 1
table.insert(meta.ids, ARGV[2])
local at, share = tonumber(ARGV[3]), tonumber(ARGV[4])
if at >= meta.latestAt then latest = ARGV[5]; meta.latestAt = at end
if share > meta.best then best = ARGV[5]; meta.best = share end
redis.call('HSET', KEYS[2], ARGV[1], cjson.encode(meta) .. '\\n' .. latest .. '\\n' .. best)
copy_ttl(KEYS[1], KEYS[2])
return 0
`;

// Frees every nickname the student holds in the class (the index maps nickname → student id;
// its keys are folded in the app, so the script finds them by value). A class is small.
export const FREE_NICKNAME = `
local function free_nickname(key, sid)
  local all, n = redis.call('HGETALL', key), 0
  for i = 1, #all, 2 do
    if all[i + 1] == sid then n = n + redis.call('HDEL', key, all[i]) end
  end
  return n
end
`;

// Owner only. The student record stays, marked removed (a rejoin with the same id returns
// it); the nickname, the result and where the LMS takes their scores go. Idempotent: a second removal changes nothing.
export const REMOVE_STUDENT = `${FREE_NICKNAME}${OWNED}
if not owned(KEYS[1], ARGV[1]) then return 0 end
local student = redis.call('HGET', KEYS[2], ARGV[2])
if not student then return 0 end
if not cjson.decode(student).removedAt then
  redis.call('HSET', KEYS[2], ARGV[2], string.sub(student, 1, -2) .. ',"removedAt":' .. ARGV[3] .. '}')
end
free_nickname(KEYS[3], ARGV[2])
redis.call('HDEL', KEYS[4], ARGV[2])
redis.call('HDEL', KEYS[5], 't:' .. ARGV[2], 's:' .. ARGV[2])
return 1
`;

// Owner only: a removed student back in, under their nickname or the first free "(n)" of it
// (ARGV[3] is its folded key, made by the app). False when not removed: nothing changes.
export const RESTORE_STUDENT = `${OWNED}${COPY_TTL}
if not owned(KEYS[1], ARGV[1]) then return false end
local student = redis.call('HGET', KEYS[2], ARGV[2])
if not student or not cjson.decode(student).removedAt then return false end
local n, key = 1, ARGV[3]
while redis.call('HSETNX', KEYS[3], key, ARGV[2]) == 0 do
  n = n + 1
  key = ARGV[3] .. ' (' .. n .. ')'
end
local name = cjson.decode(student).nickname
if n > 1 then name = name .. ' (' .. n .. ')' end
local json = '{"studentId":' .. cjson.encode(ARGV[2]) .. ',"nickname":' .. cjson.encode(name)
  .. ',"joinedAt":' .. string.match(student, '"joinedAt":([^,}]+)') .. '}'
redis.call('HSET', KEYS[2], ARGV[2], json)
copy_ttl(KEYS[1], KEYS[3])
return json
`;

// Owner only: the new nickname exactly as given, unless another student holds its folded key.
export const RENAME_STUDENT = `${FREE_NICKNAME}${OWNED}${COPY_TTL}
if not owned(KEYS[1], ARGV[1]) then return false end
local student = redis.call('HGET', KEYS[2], ARGV[2])
if not student or cjson.decode(student).removedAt then return false end
local holder = redis.call('HGET', KEYS[3], ARGV[4])
if holder and holder ~= ARGV[2] then return 'taken' end
free_nickname(KEYS[3], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[4], ARGV[2])
copy_ttl(KEYS[1], KEYS[3])
local json = '{"studentId":' .. cjson.encode(ARGV[2]) .. ',"nickname":' .. cjson.encode(ARGV[3])
  .. ',"joinedAt":' .. string.match(student, '"joinedAt":([^,}]+)') .. '}'
redis.call('HSET', KEYS[2], ARGV[2], json)
return json
`;
