import { defineConfig } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${port}`;

/** Drives the production build (`npm test` builds it first) in Debian's Chromium. */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".tmp/test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Every visited page is checked by axe twice (desktop and phone width).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".tmp/test-results/playwright.json" }]],
  use: {
    baseURL,
    locale: "sv-SE",
    // A click or fill that cannot happen fails in seconds, not at the end of a long test.
    actionTimeout: 15_000,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // The machine's network is closed; Chromium's background services would fail noisily.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { NODE_ENV: "production" },
  },
});
