import { requestOrigin } from "@/lib/classes/origin.server";
import { exportResponse } from "@/lib/quiz/export/export-response";
import { teaching } from "@/lib/services/services.server";

/** The class's quiz as an LMS file, with the class link: the class's owner only, else 404. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ code: string; file: string }> },
) {
  const { code, file } = await params;
  return exportResponse(await teaching().quizExport(file, await requestOrigin(), code));
}
