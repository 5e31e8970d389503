import { request as httpRequest } from "node:http";
import { expect, test } from "../fixtures";
import { actionId, formOf } from "../http/server-actions";
import { KV_URLS } from "../ports";
import { RULES } from "../../lib/rate-limit/rules";

// The second KV instance faces its clients directly (TRUSTED_PROXY unset): the address a
// limit counts is the connection's, whatever X-Forwarded-For a client invents. Each test
// connects from its own loopback address (127.0.0.x), so it is its own network.

const B = new URL(KV_URLS[1]!);

/** A GET from `local` (a 127.0.0.x source address) with any headers; the body as text. */
function getFrom(local: string, path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: B.port, path, localAddress: local, headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve(body));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const loopback = () =>
  `127.0.${Math.floor(Math.random() * 200) + 20}.${Math.floor(Math.random() * 250) + 2}`;

test("a new X-Forwarded-For is not a new network when no proxy is trusted", async () => {
  const me = loopback();
  for (let i = 0; i <= RULES.unknownClassPerIp.limit; i++) {
    const spoof = {
      "x-forwarded-for": `203.0.113.${i % 250}`,
      "x-real-ip": `198.51.100.${i % 250}`,
    };
    await getFrom(me, `/c/ZZ${String(i).padStart(4, "2").replace(/[01]/g, "3")}`, spoof);
  }
  // Fresh headers, same connection address: still out of guesses.
  const after = await getFrom(me, "/c/ZZZZZZ", { "x-forwarded-for": "192.0.2.77" });
  expect(after).toContain("Too many class links that do not exist");
  // Another address is another network.
  expect(await getFrom(loopback(), "/c/ZZZZZZ", {})).not.toContain("Too many class links");
});

test("X-Forwarded-Host from a client does not vouch for a cross-site post", async ({ request }) => {
  const response = await request.post(`${B.origin}/signin`, {
    headers: {
      "next-action": actionId("app/(en)/(account)/signin/actions.ts#continueAs"),
      origin: "https://attacker.example",
      "x-forwarded-host": "attacker.example",
    },
    multipart: formOf({ name: "Forged host", from: "/" }),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("This form was sent from another site");
});
