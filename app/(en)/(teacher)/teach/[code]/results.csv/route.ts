import { teaching } from "@/lib/services/services.server";

/** The class's results as CSV. Owner only: anyone else gets the same 404 as no class. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const results = await teaching().classResultsCsv((await params).code);
  if (!results) return new Response("Not found", { status: 404 });
  return new Response(results.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="class-${results.code}-results.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
