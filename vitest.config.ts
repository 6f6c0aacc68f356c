import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src", import.meta.url));
const alias = {
  "@/": `${src}/`,
  // Next resolves "server-only" itself; outside Next it would throw on import.
  "server-only": fileURLToPath(new URL("./tests/fixtures/server-only.ts", import.meta.url)),
  "next/cache": fileURLToPath(new URL("./tests/fixtures/next-cache.ts", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // next-intl's navigation imports "next/navigation" without an extension, which Node's ESM
        // resolver refuses outside Next: Vite resolves it when it processes next-intl itself.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"], environment: "node", server: { deps: { inline: ["next-intl"] } } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // As for the unit tests: the list pages' metadata is read through their modules, which import next-intl's navigation.
          server: { deps: { inline: ["next-intl"] } },
          globalSetup: ["tests/integration/helpers/global-setup.ts"],
          // One shared database: files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          // The portal's data layer opens whatever DATABASE_URL names.
          env: { DATABASE_URL: process.env.TEST_DATABASE_URL ?? "" },
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
