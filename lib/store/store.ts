// What an adapter is: every feature's port at once (each feature declares the storage it
// needs beside its service), plus closing. SQLite (sqlite-store.ts) and KV (kv-store.ts)
// implement it; lib/services chooses one and hands each service its own port.
import type { ClassesPort } from "@/lib/classes/classes-port";
import type { LtiPort } from "@/lib/lti/lti-port";
import type { SubjectsPort } from "@/lib/privacy/subjects-port";
import type { AttemptsPort } from "@/lib/quiz/attempts-port";
import type { RateLimitPort } from "@/lib/rate-limit/rate-limit-port";

export interface Store extends AttemptsPort, ClassesPort, SubjectsPort, RateLimitPort, LtiPort {
  close(): Promise<void>;
}
