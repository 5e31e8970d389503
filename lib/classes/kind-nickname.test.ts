import { describe, expect, it } from "vitest";
import { isUnkindNickname } from "./kind-nickname.server";

describe("nicknames are checked against a maintained list of rude words", () => {
  it("refuses rude words, also disguised", () => {
    for (const name of ["fuck", "FuCk you", "fuuuck", "sh1t", "b!tch", "Ana the bitch"])
      expect(isUnkindNickname(name), name).toBe(true);
  });

  it("lets ordinary names through, including ones that contain a rude word's letters", () => {
    for (const name of [
      "Ana",
      "Ana (2)",
      "Cassandra",
      "Scunthorpe",
      "Sussex",
      "Dickens",
      "Assia",
      "Hancock",
      "Zoë",
      "李雷",
      "Mr B",
    ])
      expect(isUnkindNickname(name), name).toBe(false);
  });
});
