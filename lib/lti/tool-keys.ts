import {
  calculateJwkThumbprint,
  exportJWK,
  importPKCS8,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
} from "jose";

// Our own keys, as LTI needs them: a deep linking response and a grade service token
// request are signed by us, and the LMS checks them against our public key set (JWKS). The
// first key signs; every key is published, so a new key can be added before the old one is
// retired (a rotation the LMS never notices). Each `kid` is the key's RFC 7638 thumbprint.

export type ToolKeys = {
  signing: { kid: string; privateKey: CryptoKey };
  jwks: JSONWebKeySet;
};

const PEM_BLOCK = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/g;
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi"] as const;

/** PKCS#8 RSA private keys in PEM, one after another (as LTI_PRIVATE_KEYS holds them). */
export async function toolKeysFromPem(pem: string): Promise<ToolKeys> {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error("no PKCS#8 private key (BEGIN PRIVATE KEY) found");
  const keys = await Promise.all(
    blocks.map(async (block) => {
      const privateKey = await importPKCS8(block, "RS256", { extractable: true });
      const full = await exportJWK(privateKey);
      const publicJwk: JWK = Object.fromEntries(
        Object.entries(full).filter(
          ([name]) => !(PRIVATE_MEMBERS as readonly string[]).includes(name),
        ),
      );
      const kid = await calculateJwkThumbprint(publicJwk);
      return { kid, privateKey, jwk: { ...publicJwk, kid, alg: "RS256", use: "sig" } };
    }),
  );
  return {
    signing: { kid: keys[0]!.kid, privateKey: keys[0]!.privateKey },
    jwks: { keys: keys.map((k) => k.jwk) },
  };
}
