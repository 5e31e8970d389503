import { ltiToolKeys } from "@/lib/lti/tool-keys.server";

/** Our public keys (JWKS), for LMSs checking what we sign. */
export async function GET() {
  const { jwks } = await ltiToolKeys();
  return Response.json(jwks, { headers: { "cache-control": "public, max-age=300" } });
}
