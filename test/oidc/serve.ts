// `tsx test/oidc/serve.ts`: a real OpenID Connect issuer (oauth2-mock-server) for e2e runs,
// so sign-in goes through the same redirects, code exchange and signed ID token as a
// school's identity provider. Test-only; OIDC_PORT (default 3195).
// Who signs in: the `mock_oidc_user` cookie the test sets for localhost (cookies ignore the
// port, so the browser sends it to this issuer), else "reader".
import { OAuth2Server } from "oauth2-mock-server";

const port = Number(process.env.OIDC_PORT ?? 3195);
const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");

const userOf = (cookieHeader: string | undefined) => {
  const match = /(?:^|;\s*)mock_oidc_user=([\w-]{1,64})/.exec(cookieHeader ?? "");
  return match?.[1] ?? "reader";
};
const userByCode = new Map<string, string>();

server.service.on("beforeAuthorizeRedirect", (redirect, req) => {
  const code = redirect.url.searchParams.get("code");
  if (code) userByCode.set(code, userOf(req.headers.cookie));
});
server.service.on("beforeTokenSigning", (token, req) => {
  const code = (req.body as { code?: string }).code;
  const user = (code && userByCode.get(code)) || "reader";
  token.payload.sub = user;
  token.payload.name = `Student ${user}`;
  token.payload.email = `${user}@school.example`;
});

await server.start(port, "localhost");
console.log(`[oidc] issuer ${server.issuer.url}`);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
