import type { Limited } from "@/lib/rate-limit/check-limits.server";
import { limitedResponse } from "@/lib/rate-limit/limited-response";
import type { ExportFile } from "./quiz-export.server";

// No answer of these is kept by a cache: not the file, and not whether one was served.
const NEVER_STORED = { "cache-control": "private, no-store" };

/**
 * A quiz export as the browser gets it: the file, saved under its own name (the URL ends
 * with it too, for browsers that ignore the header); 429 with when to come back; the same
 * plain 404 for everything else, so a refusal tells nothing.
 */
export function exportResponse(outcome: { file: ExportFile } | { limited: Limited } | undefined) {
  if (!outcome) return new Response("Not found", { status: 404, headers: NEVER_STORED });
  if ("limited" in outcome) return limitedResponse(outcome.limited, NEVER_STORED);
  const { name, contentType, body } = outcome.file;
  // A copy of the zip's bytes (10 KB) in a buffer of its own, as Response's types want.
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${name}"`,
      ...NEVER_STORED,
    },
  });
}
