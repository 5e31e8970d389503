import { createLocalJWKSet, exportPKCS8, generateKeyPair, jwtVerify, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { toolKeysFromPem } from "./tool-keys";

async function pem() {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  return exportPKCS8(privateKey);
}

describe("our LTI keys", () => {
  it("sign with the first key and publish every key's public half, by thumbprint", async () => {
    const [current, next] = [await pem(), await pem()];
    const keys = await toolKeysFromPem(`${current}\n${next}`);
    expect(keys.jwks.keys).toHaveLength(2);
    expect(keys.jwks.keys[0]!.kid).toBe(keys.signing.kid);
    for (const jwk of keys.jwks.keys) {
      expect(jwk).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
      expect(jwk).not.toHaveProperty("d");
      expect(jwk).not.toHaveProperty("p");
    }
    const token = await new SignJWT({ hello: "lms" })
      .setProtectedHeader({ alg: "RS256", kid: keys.signing.kid })
      .sign(keys.signing.privateKey);
    const { payload } = await jwtVerify(token, createLocalJWKSet(keys.jwks));
    expect(payload.hello).toBe("lms");
    // The same PEM gives the same kid: instances agree without talking.
    expect((await toolKeysFromPem(current)).signing.kid).toBe(keys.signing.kid);
  });

  it("refuses text without a private key", async () => {
    await expect(toolKeysFromPem("not a key")).rejects.toThrow(/BEGIN PRIVATE KEY/);
  });
});
