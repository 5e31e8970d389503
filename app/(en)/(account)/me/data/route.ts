import { myData } from "@/lib/services/services.server";

/**
 * "Download my data": everything held about the asker (this browser's id or the signed-in
 * account, and the classes this browser joined) as a JSON file. Only ever the asker's own:
 * nothing in the request names whose data it is. A plain link, so it works without JS.
 */
export async function GET() {
  const document = await myData().myData();
  const day = document.exportedAt?.slice(0, 10);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="briefing-quiz-my-data-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}
