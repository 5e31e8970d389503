import { describe, expect, it } from "vitest";
import { CLAIM, deepLinkingClaims, resourceLinkClaims, SCORE_SCOPE } from "./claims";

const common = {
  sub: "u-1",
  [CLAIM.deploymentId]: "d-1",
  [CLAIM.targetLinkUri]: "https://quiz.example/lti/launch",
  [CLAIM.roles]: [],
};
const deepLinking = (returnUrl: string) => ({
  ...common,
  [CLAIM.messageType]: "LtiDeepLinkingRequest",
  [CLAIM.deepLinking]: {
    deep_link_return_url: returnUrl,
    accept_types: ["ltiResourceLink"],
    accept_presentation_document_targets: ["iframe"],
  },
});
const resourceLink = (lineitem: string, target = common[CLAIM.targetLinkUri]) => ({
  ...common,
  [CLAIM.targetLinkUri]: target,
  [CLAIM.messageType]: "LtiResourceLinkRequest",
  [CLAIM.resourceLink]: { id: "l-1" },
  [CLAIM.ags]: { scope: [SCORE_SCOPE], lineitem },
});

describe("the claims we read", () => {
  it("take only web addresses where a form or a fetch would follow them", () => {
    const good = "https://lms.example/x";
    expect(deepLinkingClaims.safeParse(deepLinking(good)).success).toBe(true);
    expect(resourceLinkClaims.safeParse(resourceLink(good)).success).toBe(true);
    for (const bad of ["javascript:alert(document.domain)//", "data:text/html,x", "file:///etc"]) {
      expect(deepLinkingClaims.safeParse(deepLinking(bad)).success, bad).toBe(false);
      expect(resourceLinkClaims.safeParse(resourceLink(bad)).success, bad).toBe(false);
      expect(resourceLinkClaims.safeParse(resourceLink(good, bad)).success, bad).toBe(false);
    }
  });
});
