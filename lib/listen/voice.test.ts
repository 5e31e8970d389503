import { describe, expect, it } from "vitest";
import { readRate, saveRate } from "./rate";
import { baseLang, pickVoice } from "./voice";

const voice = (lang: string, localService = true, isDefault = false) => ({
  lang,
  localService,
  default: isDefault,
});

describe("voices", () => {
  it("knows a language by its first subtag, however the browser writes it", () => {
    expect(["en-US", "en_GB", "EN", "en"].map(baseLang)).toEqual(["en", "en", "en", "en"]);
    expect(baseLang("fil-PH")).toBe("fil");
  });

  it("prefers a voice on the device, then the exact region, then the default", () => {
    const online = voice("en-US", false, true);
    const gb = voice("en-GB");
    const us = voice("en-US");
    expect(pickVoice([online, gb, us, voice("fr-FR")], "en-US")).toBe(us);
    expect(pickVoice([online, gb], "en")).toBe(gb);
    expect(pickVoice([online], "en")).toBe(online);
    expect(pickVoice([voice("fr-FR")], "en")).toBeUndefined();
  });
});

describe("speed", () => {
  const memory = () => {
    const map = new Map<string, string>();
    return {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
  };

  it("is remembered, and anything unexpected reads at 1×", () => {
    const storage = memory();
    expect(readRate(storage)).toBe(1);
    saveRate(1.25, storage);
    expect(readRate(storage)).toBe(1.25);
    storage.setItem("listen-rate", "9");
    expect(readRate(storage)).toBe(1);
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(readRate(blocked)).toBe(1);
  });
});
