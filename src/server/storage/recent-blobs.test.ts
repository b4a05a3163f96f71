import { describe, expect, it } from "vitest";
import { RecentBlobs } from "./recent-blobs";

const bytes = (n: number, fill = 1) => Buffer.alloc(n, fill);

describe("RecentBlobs", () => {
  it("gives stored bytes back once, to the same workspace only", () => {
    const recent = new RecentBlobs(1000, 60_000);
    recent.remember("ws-1", "blob-1", bytes(10, 7));
    expect(recent.take("ws-2", "blob-1")).toBeUndefined();
    expect(recent.take("ws-1", "blob-1")).toEqual(bytes(10, 7));
    expect(recent.take("ws-1", "blob-1")).toBeUndefined();
    expect(recent.size).toEqual({ entries: 0, bytes: 0 });
  });

  it("when full keeps the oldest (read first) and takes new bytes again once some were read", () => {
    const recent = new RecentBlobs(1000, 60_000);
    for (const id of ["a", "b", "c", "d", "e", "f"]) recent.remember("ws", id, bytes(200));
    expect(recent.size).toEqual({ entries: 5, bytes: 1000 });
    expect(recent.take("ws", "f")).toBeUndefined();
    expect(recent.take("ws", "a")).toBeDefined();
    recent.remember("ws", "g", bytes(200));
    expect(recent.take("ws", "g")).toBeDefined();
    recent.remember("ws", "big", bytes(1001));
    expect(recent.take("ws", "big")).toBeUndefined();
  });

  it("lets bytes nobody read age out, so they never hold the room", () => {
    let now = 0;
    const recent = new RecentBlobs(1000, 60_000, () => now);
    recent.remember("ws", "never-read", bytes(1000));
    now = 30_000;
    recent.remember("ws", "too-soon", bytes(10));
    expect(recent.take("ws", "too-soon")).toBeUndefined();
    now = 60_001;
    recent.remember("ws", "later", bytes(10));
    expect(recent.take("ws", "never-read")).toBeUndefined();
    expect(recent.take("ws", "later")).toEqual(bytes(10));
  });
});
