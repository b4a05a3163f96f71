import { describe, expect, it } from "vitest";
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelayMs } from "./fetch-status";

describe("retryDelayMs", () => {
  it("waits a minute after the first failure and doubles after each further one", () => {
    expect(retryDelayMs(1, 0.5)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(2, 0.5)).toBe(2 * FIRST_RETRY_MS);
    expect(retryDelayMs(3, 0.5)).toBe(4 * FIRST_RETRY_MS);
    expect(retryDelayMs(6, 0.5)).toBe(32 * FIRST_RETRY_MS);
  });

  it("never waits more than an hour, however many failures", () => {
    expect(retryDelayMs(7, 0.5)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(1000, 0.999)).toBe(MAX_RETRY_MS);
  });

  it("spreads retries by up to 20% either way", () => {
    expect(retryDelayMs(1, 0)).toBe(0.8 * FIRST_RETRY_MS);
    expect(retryDelayMs(1, 0.999)).toBeCloseTo(1.2 * FIRST_RETRY_MS, -2);
    expect(retryDelayMs(3, 0)).toBe(0.8 * 4 * FIRST_RETRY_MS);
  });
});
