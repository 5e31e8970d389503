import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside a React Server Components bundle; unit tests run in Node.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "scripts/**/*.test.ts",
      "test/**/*.test.ts",
      // Client hooks and components: each such file opts into jsdom with a
      // `// @vitest-environment jsdom` docblock; everything else stays in Node.
      "components/**/*.test.{ts,tsx}",
    ],
    globalSetup: ["test/kv/vitest-global-setup.ts", "test/standards/vitest-global-setup.ts"],
    environment: "node",
  },
});
