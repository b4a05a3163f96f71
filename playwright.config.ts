// End-to-end tests: Debian's Chromium (never a downloaded browser) against Shopdesk in
// production mode, on its own data directory and ports so a run never touches the
// developer's `.shopdesk` database or a dev server on :3000 / :54329.
import { defineConfig, devices } from "@playwright/test";

const CI = Boolean(process.env.CI);
// Overridable so two runs (two working copies) can share a machine.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The e2e server's data directory; another one (name starting `.shopdesk-e2e`) for a second server of one's own. */
const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".shopdesk-e2e";
/** The e2e server's mail catcher (e2e/processes.ts reads the same variable for extra workers). */
const E2E_CATCHER_SMTP_PORT = process.env.E2E_CATCHER_SMTP_PORT ?? "1125";
const E2E_PG_PORT = process.env.E2E_PG_PORT ?? "54341";
const baseURL = `http://localhost:${E2E_PORT}`;

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: CI,
  // Two cores: the browser, Next and PostgreSQL share them.
  workers: CI ? 1 : 2,
  retries: CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    locale: "en-US",
    timezoneId: "UTC",
    // Recording a trace costs a fifth of the run's time even when it is thrown away, so only a
    // retry records one (CI retries once); `--trace on` records one for every test.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's headless Chromium (package chromium-headless-shell: the same Chromium
          // without its windowing and GPU processes, about a third faster on two cores), which
          // `npm test` installs when missing (scripts/ensure-deps.mjs). `--headed` needs the
          // full browser: CHROMIUM_PATH=/usr/bin/chromium.
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium-headless-shell",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // Wipes and recreates the data directory, then runs the launcher (migrate, seed, build
    // if needed, web + worker). See e2e/start-server.mjs.
    command: "node --import tsx e2e/start-server.mjs",
    url: `${baseURL}/api/health`,
    env: {
      SHOPDESK_DATA_DIR: E2E_DATA_DIR,
      // The forwarding listener, off the default 2525 a developer's own Shopdesk may hold.
      INBOUND_SMTP_PORT: process.env.E2E_SMTP_PORT ?? "2526",
      MAIL_CATCHER_SMTP_PORT: E2E_CATCHER_SMTP_PORT,
      MAIL_CATCHER_WEB_PORT: process.env.E2E_CATCHER_WEB_PORT ?? "1180",
      PORT: String(E2E_PORT),
      EMBEDDED_PG_PORT: E2E_PG_PORT,
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // Starting may include `next build` on two cores.
    timeout: 10 * 60_000,
    reuseExistingServer: !CI,
    stdout: "pipe",
    stderr: "pipe",
    // The launcher stops the worker, Next and the embedded PostgreSQL on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
