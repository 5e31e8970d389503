import { requestOrigin } from "@/lib/classes/origin.server";
import { exportResponse } from "@/lib/quiz/export/export-response";
import { teaching } from "@/lib/services/services.server";

/** A briefing's quiz as an LMS file (answers included): signed-in teachers only, else 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return exportResponse(await teaching().quizExport(file, await requestOrigin()));
}
