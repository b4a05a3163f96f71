// Global setup of the integration tests: the worker's production bundle made from the current
// sources for this run (the tests that start worker processes run what `npm start` runs, not a
// .next/shopdesk/worker.mjs left by an older build). Inside the project, so that node finds the
// packages in its node_modules; removed at the end.
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { bundlePath, bundleProcesses } from "@/cli/launcher/process-bundles";
import { ROOT } from "../helpers/processes";

export default async function setup(): Promise<() => Promise<void>> {
  const dir = path.join(ROOT, ".shopdesk-test-bundles", randomBytes(6).toString("hex"));
  await bundleProcesses(ROOT, dir);
  // Inherited by the test files' processes, which start after the global setup.
  process.env.SHOPDESK_TEST_WORKER_BUNDLE = bundlePath(dir, "worker");
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
