import type { KnipConfig } from "knip";

// `npm run test:dead-code`: no file, export or dependency that nothing uses. Tests count as
// users (a message a test asserts is exported for it); `knip --production` shows what only
// tests keep alive.
const config: KnipConfig = {
  entry: ["scripts/*.{ts,mjs}", "test/**/serve.ts"],
  ignore: [
    // Deliberate violations for the layer rules, cruised as files, never imported.
    "test/layers/fixture/**",
    // The empty Next app the benchmarks measure as the floor; built by its own `next build`.
    "bench/floor-app/**",
  ],
  // Run as programs, not imported: the bench runs the lighthouse CLI; CI installs the others.
  ignoreDependencies: ["lighthouse"],
  ignoreBinaries: ["apt-get", "redis-server", "xmllint"],
};

export default config;
