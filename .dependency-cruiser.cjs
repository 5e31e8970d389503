// The layers of DESIGN.md §3, checked in `npm test` (`npm run test:layers`):
//   app/ → components/ → lib/ feature services → the store port and its adapters.
// Paths are relative to the folder cruised, so a fixture tree (test/layers/fixture) proves
// that every rule can fail.
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
      name: "store-behind-services",
      comment:
        "Pages, actions, route handlers and UI call feature services (lib/**/*-service.ts), never the store.",
      severity: "error",
      from: { path: "^(app|components)/|^[^/]+\\.tsx?$" },
      to: { path: "^lib/store/" },
    },
    {
      name: "store-opened-by-services",
      comment:
        "Inside lib/, only feature services open the store (getStore); other modules get data, or a port, passed in.",
      severity: "error",
      from: { path: "^lib/", pathNot: ["^lib/store/", "-service\\.ts$", "\\.test\\.ts$"] },
      to: { path: "^lib/store/index\\.ts$" },
    },
    {
      name: "adapters-private",
      comment: "Only the store's own modules import its adapters and their drivers.",
      severity: "error",
      from: { pathNot: ["^lib/store/", "^test/", "\\.test\\.tsx?$"] },
      to: { path: ["^lib/store/(sqlite|kv)-", "node_modules/(@vercel/kv|better-sqlite3)/"] },
    },
    {
      name: "store-depends-on-domain",
      comment: "The store serves the domain: its modules import domain types, never services.",
      severity: "error",
      from: { path: "^lib/store/" },
      to: { path: "-service\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(\\.next|node_modules|coverage|test-results)/" },
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
