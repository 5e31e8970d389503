// Node-only start-up checks (instrumentation.ts loads this in the Node.js runtime only). A
// misconfigured instance stops here, naming the variables to set, instead of serving errors.
import { installPeerAddress } from "@/lib/security/peer-address.server";
import { startupReport } from "@/lib/services/startup.server";

try {
  // Before the first request: the connection's address, for per-network limits.
  installPeerAddress();
  for (const line of startupReport()) console.info(line);
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
