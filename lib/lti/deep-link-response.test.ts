import { createLocalJWKSet, exportPKCS8, generateKeyPair, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { PLATFORM } from "@/test/support/lti-platform";
import { CLAIM } from "./claims";
import { acceptsResourceLinks, deepLinkResponse } from "./deep-link-response";
import { toolKeysFromPem } from "./tool-keys";

const NOW = Date.UTC(2026, 11, 2, 10, 0);
const settings = {
  deep_link_return_url: "https://lms.example/deep-link/return",
  accept_types: ["ltiResourceLink", "link"],
  data: "opaque-platform-data",
};

describe("a deep linking response", () => {
  it("is what the platform checks: signed by a key in our JWKS, for it, with our item", async () => {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const keys = await toolKeysFromPem(await exportPKCS8(privateKey));
    const { returnUrl, jwt } = await deepLinkResponse(
      {
        issuer: PLATFORM.issuer,
        clientId: PLATFORM.clientId,
        deploymentId: "deployment-1",
        settings,
      },
      { slug: "a-story", title: "A story", level: "easy", lang: "es", scoreMaximum: 21 },
      keys,
      "https://quiz.example/lti/launch",
      { now: NOW, nonce: "n-1" },
    );
    expect(returnUrl).toBe(settings.deep_link_return_url);
    // As the platform verifies it: our JWKS, issued by our client id, for the platform.
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(keys.jwks), {
      issuer: PLATFORM.clientId,
      audience: PLATFORM.issuer,
      currentDate: new Date(NOW),
    });
    expect(protectedHeader.kid).toBe(keys.signing.kid);
    expect(payload).toMatchObject({
      nonce: "n-1",
      [CLAIM.messageType]: "LtiDeepLinkingResponse",
      [CLAIM.version]: "1.3.0",
      [CLAIM.deploymentId]: "deployment-1",
      "https://purl.imsglobal.org/spec/lti-dl/claim/data": "opaque-platform-data",
      "https://purl.imsglobal.org/spec/lti-dl/claim/content_items": [
        {
          type: "ltiResourceLink",
          title: "A story",
          url: "https://quiz.example/lti/launch",
          custom: { slug: "a-story", level: "easy", lang: "es" },
          lineItem: { scoreMaximum: 21, label: "A story", resourceId: "a-story" },
        },
      ],
    });
  });

  it("is only offered to a platform that accepts resource links", () => {
    expect(acceptsResourceLinks(settings)).toBe(true);
    expect(acceptsResourceLinks({ ...settings, accept_types: ["link", "file"] })).toBe(false);
  });
});
