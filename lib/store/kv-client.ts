import type { createClient } from "@vercel/kv";

/** The Upstash REST client, as each KV module uses it (its own file, so they form no cycle). */
export type KvClient = ReturnType<typeof createClient>;
