import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkSupplyChain,
  compareVersions,
  formatTable,
  installedCopies,
  parseAdvisoryTable,
  parseLockfile,
  type AdvisoryTable,
} from "./supply-chain";

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8"));
}

// A small table in the real file's shape, so these tests do not move when its floors do.
const table: AdvisoryTable = parseAdvisoryTable({
  about: "test table",
  reviewed: "2026-11-26",
  packages: [
    { name: "next", minVersion: "16.4.5", advisories: ["GHSA-9qr9-h5gf-34mp"] },
    { name: "next-auth", minVersion: "5.0.0-beta.32", advisories: ["GHSA-8fpg-xm3f-6cx3"] },
    { name: "@auth/core", minVersion: "0.41.3", advisories: ["GHSA-7rqj-j65f-68wh"] },
    {
      name: "react-server-dom-webpack",
      minVersion: "19.2.8",
      optional: true,
      advisories: ["GHSA-fv66-9v8q-g76r"],
    },
  ],
  advisories: {
    "GHSA-9qr9-h5gf-34mp": {
      aliases: ["CVE-2025-66478"],
      summary: "next RCE",
      fixed: "next 16.0.7",
      url: "https://github.com/advisories/GHSA-9qr9-h5gf-34mp",
    },
    "GHSA-8fpg-xm3f-6cx3": {
      aliases: [],
      summary: "fail open",
      fixed: "next-auth 5.0.0-beta.32",
      url: "https://github.com/advisories/GHSA-8fpg-xm3f-6cx3",
    },
    "GHSA-7rqj-j65f-68wh": {
      aliases: [],
      summary: "homoglyph",
      fixed: "@auth/core 0.41.3",
      url: "https://github.com/advisories/GHSA-7rqj-j65f-68wh",
    },
    "GHSA-fv66-9v8q-g76r": {
      aliases: ["CVE-2025-55182"],
      summary: "RSC RCE",
      fixed: "19.2.1",
      url: "https://github.com/advisories/GHSA-fv66-9v8q-g76r",
    },
  },
});

type Packages = Record<string, { version?: string; name?: string; link?: boolean }>;

function lockWith(packages: Packages) {
  return parseLockfile({
    lockfileVersion: 3,
    packages: {
      "": { name: "app", version: "0.1.0" },
      "node_modules/next": { version: "16.4.6" },
      "node_modules/next-auth": { version: "5.0.0-beta.32" },
      "node_modules/@auth/core": { version: "0.41.3" },
      ...packages,
    },
  });
}

describe("compareVersions", () => {
  it("orders major, minor and patch numerically, not as text", () => {
    expect(compareVersions("16.4.5", "16.4.5")).toBe(0);
    expect(compareVersions("16.4.6", "16.4.5")).toBe(1);
    expect(compareVersions("16.4.10", "16.4.9")).toBe(1);
    expect(compareVersions("16.10.0", "16.9.9")).toBe(1);
    expect(compareVersions("9.0.0", "10.0.0")).toBe(-1);
    // Exact up to the largest number npm accepts (beyond it, see the refusal test below).
    expect(compareVersions("9007199254740991.0.0", "9007199254740990.0.0")).toBe(1);
  });

  it("orders prerelease tags by semver precedence", () => {
    expect(compareVersions("5.0.0-beta.32", "5.0.0-beta.30")).toBe(1);
    expect(compareVersions("5.0.0-beta.30", "5.0.0-beta.32")).toBe(-1);
    expect(compareVersions("5.0.0-beta.32", "5.0.0-beta.32")).toBe(0);
    // Numeric identifiers compare as numbers: beta.9 < beta.10.
    expect(compareVersions("5.0.0-beta.9", "5.0.0-beta.10")).toBe(-1);
    // A release outranks all of its prereleases, and a prerelease of the next patch outranks it.
    expect(compareVersions("5.0.0", "5.0.0-beta.32")).toBe(1);
    expect(compareVersions("5.0.0-beta.99", "5.0.0")).toBe(-1);
    expect(compareVersions("5.0.1-alpha.0", "5.0.0")).toBe(1);
    // The semver.org example chain, each strictly below the next.
    const chain = [
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
    ];
    for (let i = 0; i + 1 < chain.length; i++) {
      expect(compareVersions(chain[i] ?? "", chain[i + 1] ?? "")).toBe(-1);
      expect(compareVersions(chain[i + 1] ?? "", chain[i] ?? "")).toBe(1);
    }
    // React canaries, as next vendors them, sort below the release they lead to.
    expect(compareVersions("19.3.0-canary-278794d7-20261002", "19.3.0")).toBe(-1);
    expect(compareVersions("19.3.0-canary-278794d7-20261002", "19.2.8")).toBe(1);
  });

  it("ignores build metadata", () => {
    expect(compareVersions("1.0.0+build.1", "1.0.0+build.2")).toBe(0);
    expect(compareVersions("1.0.0+20261126", "1.0.0")).toBe(0);
    expect(compareVersions("5.0.0-beta.32+sha.abc", "5.0.0-beta.32")).toBe(0);
    expect(compareVersions("1.0.0-beta+exp.sha.5114f85", "1.0.0")).toBe(-1);
  });

  it("refuses what is not semver instead of guessing", () => {
    // "v16.4.5", "=16.4.5" and spaces are typos npm never writes (semver would normalise them);
    // numbers above Number.MAX_SAFE_INTEGER are refused by semver, as by npm itself.
    const bad = [
      "16.4",
      "v16.4.5",
      "=16.4.5",
      " 16.4.5",
      "16.4.5.1",
      "01.2.3",
      "1.2.3-",
      "latest",
      "",
    ];
    for (const version of [...bad, "99999999999999999.0.0"]) {
      expect(() => compareVersions(version, "1.0.0")).toThrow(/not a semver version/);
    }
  });
});

describe("checkSupplyChain", () => {
  it("passes a lock where every copy meets its floor", () => {
    const report = checkSupplyChain(lockWith({}), table);
    expect(report.failures).toEqual([]);
    expect(report.rows.every((row) => row.ok)).toBe(true);
  });

  it("fails on a too-old nested copy and names its path", () => {
    const lock = lockWith({
      "node_modules/some-plugin": { version: "1.0.0" },
      "node_modules/some-plugin/node_modules/next": { version: "16.4.4" },
    });
    const report = checkSupplyChain(lock, table);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toContain("node_modules/some-plugin/node_modules/next");
    expect(report.failures[0]).toContain("16.4.4");
    // The top-level copy is still reported as fine; only the nested one fails.
    const next = report.rows.filter((row) => row.name === "next");
    expect(next.map((row) => [row.path, row.ok])).toEqual([
      ["node_modules/next", true],
      ["node_modules/some-plugin/node_modules/next", false],
    ]);
    expect(next[1]?.advisories).toEqual(["GHSA-9qr9-h5gf-34mp"]);
    expect(formatTable(report.rows)).toContain("next (node_modules/some-plugin/node_modules/next)");
  });

  it("fails on an older prerelease and on a nested scoped package", () => {
    const lock = lockWith({
      "node_modules/next-auth": { version: "5.0.0-beta.30" },
      "node_modules/@auth/prisma-adapter/node_modules/@auth/core": { version: "0.41.2" },
    });
    const report = checkSupplyChain(lock, table);
    expect(report.failures).toHaveLength(2);
    expect(report.failures.join("\n")).toContain("node_modules/next-auth is 5.0.0-beta.30");
    expect(report.failures.join("\n")).toContain(
      "node_modules/@auth/prisma-adapter/node_modules/@auth/core is 0.41.2",
    );
  });

  it("accepts a newer release over a prerelease floor", () => {
    const report = checkSupplyChain(
      lockWith({ "node_modules/next-auth": { version: "5.0.0" } }),
      table,
    );
    expect(report.failures).toEqual([]);
  });

  it("fails when a required package is missing", () => {
    const lock = lockWith({});
    delete lock.packages["node_modules/@auth/core"];
    const report = checkSupplyChain(lock, table);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatch(/@auth\/core is not in package-lock\.json/);
  });

  it("allows an optional package to be missing but still checks it when present", () => {
    expect(checkSupplyChain(lockWith({}), table).failures).toEqual([]);
    const report = checkSupplyChain(
      lockWith({ "node_modules/react-server-dom-webpack": { version: "19.2.0" } }),
      table,
    );
    expect(report.failures).toEqual([
      expect.stringContaining("node_modules/react-server-dom-webpack is 19.2.0"),
    ]);
  });

  it("checks an npm alias by the package it really holds, and skips link entries", () => {
    const lock = lockWith({
      "node_modules/old-next": { name: "next", version: "15.5.7" },
      "node_modules/local-thing": { link: true },
    });
    expect(installedCopies(lock, "next").map((copy) => copy.path)).toEqual([
      "node_modules/next",
      "node_modules/old-next",
    ]);
    expect(checkSupplyChain(lock, table).failures).toEqual([
      expect.stringContaining("node_modules/old-next is 15.5.7"),
    ]);
  });

  it("fails rather than passing a copy whose version cannot be compared", () => {
    const report = checkSupplyChain(
      lockWith({ "node_modules/next": { version: "github:vercel/next.js" } }),
      table,
    );
    expect(report.failures).toEqual([expect.stringContaining("is not semver")]);
  });
});

describe("parseAdvisoryTable", () => {
  it("rejects an id that cites no record, a mistyped GHSA id, and a bad floor", () => {
    const base = readJson("../security/advisories.json") as AdvisoryTable;
    const cites = structuredClone(base);
    cites.packages[0]?.advisories.push("GHSA-2222-3333-4444");
    expect(() => parseAdvisoryTable(cites)).toThrow(/cites GHSA-2222-3333-4444/);

    const typo = structuredClone(base);
    typo.packages[0]?.advisories.push("GHSA-abcd-efgh-ijkl");
    expect(() => parseAdvisoryTable(typo)).toThrow(/malformed/);

    const floor = structuredClone(base);
    if (floor.packages[0]) floor.packages[0].minVersion = ">=16.4.5";
    expect(() => parseAdvisoryTable(floor)).toThrow(/minVersion/);
  });
});

describe("the committed table against the committed lock", () => {
  const realTable = parseAdvisoryTable(readJson("../security/advisories.json"));
  const realLock = parseLockfile(readJson("../package-lock.json"));

  it("passes", () => {
    const report = checkSupplyChain(realLock, realTable);
    expect(report.failures).toEqual([]);
  });

  it("keeps the floors the team set", () => {
    const floors = Object.fromEntries(realTable.packages.map((p) => [p.name, p.minVersion]));
    expect(floors).toMatchObject({
      next: "16.4.5",
      "next-auth": "5.0.0-beta.32",
      "@auth/core": "0.41.3",
    });
    for (const name of ["react", "react-dom", "next", "next-auth", "@auth/core"]) {
      expect(realTable.packages.find((p) => p.name === name)?.optional).not.toBe(true);
    }
  });
});
