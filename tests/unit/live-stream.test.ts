// One live connection's stream, driven by a fake subscription: what it sends, its heartbeat,
// the access re-check, and cleanup when the client leaves.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import pino from "pino";
import { createLiveStream } from "@/server/live/live-stream";
import { SseReader, type SseMessage } from "@/server/live/sse";
import type { LiveSubscriber } from "@/server/live/ticket-listener";

const WS = "0195f3b2-7c1e-7a00-8000-00000000000a";
const change = {
  workspaceId: WS,
  ticketId: "0195f3b2-7c1e-7a00-8000-000000000002",
  number: 12,
  version: 3,
  kind: "status",
};

function fakeSubscription() {
  const subscribers = new Map<string, Set<LiveSubscriber>>();
  return {
    subscribers,
    subscribe: vi.fn((workspaceId: string, s: LiveSubscriber) => {
      const set = subscribers.get(workspaceId) ?? new Set();
      subscribers.set(workspaceId, set.add(s));
      return () => set.delete(s);
    }),
    emit(workspaceId: string, event: Parameters<LiveSubscriber>[0]) {
      for (const s of subscribers.get(workspaceId) ?? []) s(event);
    },
    count: () => [...subscribers.values()].reduce((n, s) => n + s.size, 0),
  };
}

function open(options: Partial<Parameters<typeof createLiveStream>[0]> = {}) {
  const sub = fakeSubscription();
  const abort = new AbortController();
  const stream = createLiveStream({
    workspaceId: WS,
    subscribe: sub.subscribe,
    signal: abort.signal,
    log: pino({ level: "silent" }),
    heartbeatMs: 20_000,
    ...options,
  });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const sse = new SseReader();
  // One read is kept pending between drains, so that no chunk is lost to a read that lost a race.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  /** Everything readable right now (the stream's queue), as raw text and parsed events. */
  const drain = async (): Promise<{ raw: string; events: SseMessage[] }> => {
    let text = "";
    for (;;) {
      pending ??= reader.read();
      const next = await Promise.race([pending, new Promise<null>((r) => setTimeout(() => r(null), 5))]);
      if (next === null) break;
      pending = null;
      if (next.done) break;
      text += decoder.decode(next.value, { stream: true });
    }
    return { raw: text, events: sse.push(text) };
  };
  /** The next read result, after whatever drain left pending. */
  const read = () => {
    const p = pending ?? reader.read();
    pending = null;
    return p;
  };
  return { sub, abort, reader, read, drain };
}

describe("createLiveStream", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] }));
  afterEach(() => vi.useRealTimers());

  it("starts with a retry hint and sends only ids, version and kind of its workspace's changes", async () => {
    const { sub, drain } = open();
    const first = await drain();
    expect(first.raw).toMatch(/^retry: \d+\n\n/);
    expect(sub.subscribe).toHaveBeenCalledWith(WS, expect.any(Function));

    sub.emit(WS, { type: "ticket", change });
    sub.emit(WS, { type: "resync" });
    const { events } = await drain();
    expect(events).toEqual([
      { event: "ticket", data: JSON.stringify({ ticketId: change.ticketId, number: 12, version: 3, kind: "status" }) },
      { event: "resync", data: "{}" },
    ]);
    expect(events[0]!.data).not.toContain(WS);
  });

  it("starts with a resync when a change may have come between the page's render and the stream, and only then", async () => {
    const missed = open({ missedBeforeOpen: () => true });
    expect((await missed.drain()).events).toEqual([{ event: "resync", data: "{}" }]);
    // Asked once subscribed, so a change from then on arrives as an event, not as a gap.
    expect(missed.sub.subscribe).toHaveBeenCalledTimes(1);
    const current = open({ missedBeforeOpen: () => false });
    expect((await current.drain()).events).toEqual([]);
  });

  it("sends a comment heartbeat and ends the stream when access is revoked", async () => {
    let allowed = true;
    const stillAllowed = vi.fn(async () => allowed);
    const { sub, drain, read } = open({ stillAllowed });
    await drain();
    await vi.advanceTimersByTimeAsync(20_000);
    expect((await drain()).raw).toBe(": ping\n\n");
    expect(stillAllowed).toHaveBeenCalledTimes(1);
    expect(sub.count()).toBe(1);

    allowed = false;
    await vi.advanceTimersByTimeAsync(20_000);
    await drain();
    expect(await read()).toEqual({ done: true, value: undefined });
    expect(sub.count()).toBe(0);
  });

  it("keeps the stream when the access check fails for a moment", async () => {
    const stillAllowed = vi.fn().mockRejectedValueOnce(new Error("connection reset")).mockResolvedValue(true);
    const { sub, drain } = open({ stillAllowed });
    await vi.advanceTimersByTimeAsync(40_000);
    await drain();
    expect(stillAllowed).toHaveBeenCalledTimes(2);
    expect(sub.count()).toBe(1);
  });

  it("unsubscribes and stops its heartbeat when the request aborts", async () => {
    const stillAllowed = vi.fn(async () => true);
    const { sub, abort, drain, read } = open({ stillAllowed });
    await drain();
    abort.abort();
    expect(sub.count()).toBe(0);
    expect(await read()).toEqual({ done: true, value: undefined });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(stillAllowed).not.toHaveBeenCalled();
    // A late event from the listener is ignored, not an error.
    expect(() => sub.emit(WS, { type: "resync" })).not.toThrow();
  });

  it("unsubscribes when the reader cancels", async () => {
    const { sub, reader } = open();
    await reader.cancel();
    expect(sub.count()).toBe(0);
  });

  it("never subscribes for an already aborted request", async () => {
    const sub = fakeSubscription();
    const abort = new AbortController();
    abort.abort();
    const stream = createLiveStream({ workspaceId: WS, subscribe: sub.subscribe, signal: abort.signal, log: pino({ level: "silent" }) });
    expect(await stream.getReader().read()).toEqual({ done: true, value: undefined });
    expect(sub.subscribe).not.toHaveBeenCalled();
  });
});
