// An operator's retention run, on the store the app's environment names (the same variables:
// KV_REST_API_URL and KV_REST_API_TOKEN, or DATA_DIR; ATTEMPT_RETENTION_DAYS). Writes keep
// retention by themselves; run this once after deploying retention, over data written before
// it, and whenever you want expired data gone now rather than at the next write or sweep.
// Run by `npm run store:retention` (react-server conditions: the store modules are server-only).
import { applyRetentionNow } from "@/lib/privacy/subjects.server";
import { getStore } from "@/lib/services/store.server";

for (const line of await applyRetentionNow(getStore())) console.log(line);
