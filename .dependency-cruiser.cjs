// The house of docs/architecture.md, checked in `npm test` (`npm run test:layers`):
//   app/ → components/ → lib/services (the composition root) → lib/ features, each owning
//   the port it needs → lib/store (adapters implementing those ports).
// Paths are relative to the folder cruised, so a fixture tree (test/layers/fixture) proves
// that every rule can fail.
const TESTS = ["^test/", "\\.test\\.tsx?$"];
const FEATURE = "^lib/(?!store/|services/)";
const SERVER_ONLY = ["\\.server\\.tsx?$", "^lib/(store|services|editorial)/"];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment: "An import cycle makes two modules one: neither can change alone.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-cycles",
      comment:
        "Rooms lean one way: no two folders of lib/ import each other, directly or round a loop (a feature declares what it needs as a port instead).",
      severity: "error",
      scope: "folder",
      from: { path: "^lib/" },
      to: { path: "^lib/", circular: true },
    },
    {
      name: "lib-below-ui",
      comment:
        "lib/ is the domain: it never imports routes (app/), UI (components/) or the root files that wire them.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/|^[^/]+\\.tsx?$" },
    },
    {
      name: "components-below-app",
      comment: "components/ never imports app/: a route passes its server action down as a prop.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "store-behind-the-root",
      comment:
        "Pages, actions, route handlers and UI call the services lib/services builds, never the store.",
      severity: "error",
      from: { path: "^(app|components)/|^[^/]+\\.tsx?$" },
      to: { path: "^lib/store/" },
    },
    {
      name: "features-own-their-ports",
      comment:
        "A feature declares the storage it needs (its *-port.ts) and is handed an implementation: it never imports lib/store.",
      severity: "error",
      from: { path: FEATURE, pathNot: TESTS },
      to: { path: "^lib/store/" },
    },
    {
      name: "root-above-features",
      comment:
        "lib/services composes the features; no feature imports it (it would lean on every room).",
      severity: "error",
      from: { path: FEATURE, pathNot: TESTS },
      to: { path: "^lib/services/" },
    },
    {
      name: "adapters-private",
      comment:
        "Only the store's own modules and the root that chooses one import the adapters and their drivers.",
      severity: "error",
      from: { pathNot: ["^lib/store/", "^lib/services/store\\.server\\.ts$", ...TESTS] },
      to: { path: ["^lib/store/(sqlite|kv)-", "node_modules/(@vercel/kv|better-sqlite3)/"] },
    },
    {
      name: "store-implements-features",
      comment:
        "The store implements the features' ports: it imports their types and pure rules, never a service or the root. The nickname skeleton is a pure rule that is server-only for its native look-alike table.",
      severity: "error",
      from: { path: "^lib/store/" },
      to: {
        path: ["^lib/services/", "^lib/(?!env/)[^/]+/.*\\.server\\.ts$"],
        pathNot: "^lib/classes/nickname\\.server\\.ts$",
      },
    },
    {
      name: "server-code-says-so",
      comment:
        "A module that runs only on the server says so: named *.server.ts or in a server-only folder (store, services; editorial runs at build time). A plain module may be bundled for the browser, so it never imports one (types excepted).",
      severity: "error",
      from: { path: "^lib/", pathNot: [...SERVER_ONLY, ...TESTS] },
      to: {
        path: [...SERVER_ONLY, "node_modules/(server-only|better-sqlite3|@vercel/kv|next-auth)/"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "node-apis-say-so",
      comment:
        "Node's own modules (fs, crypto, path…) do not exist in the browser: only a server-only module (see server-code-says-so) imports them.",
      severity: "error",
      from: { path: "^lib/", pathNot: [...SERVER_ONLY, ...TESTS] },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "tests-stay-out",
      comment:
        "Test doubles, generators and fixtures live in test/ and e2e/; the shipped code never imports them.",
      severity: "error",
      from: { path: "^(app|components|lib)/", pathNot: TESTS },
      to: { path: "^(test|e2e)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Tests may reach any room (a test of a service builds it with fakes); they are not cruised.
    exclude: { path: ["(^|/)(\\.next|node_modules|coverage|test-results)/", "\\.test\\.tsx?$"] },
    // Type-only imports count: a type from a higher layer couples the code just the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
