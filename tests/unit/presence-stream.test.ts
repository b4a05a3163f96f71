// Presence on one member's live stream: other members' signals go out as `presence` events
// (without the workspace id), the viewer's own never do.
import { describe, expect, it } from "vitest";
import pino from "pino";
import { createLiveStream } from "@/server/live/live-stream";
import { SseReader, type SseMessage } from "@/server/live/sse";
import type { LiveEvent } from "@/server/live/ticket-change";
import type { LiveSubscriber } from "@/server/live/ticket-listener";

const WS = "0195f3b2-7c1e-7a00-8000-00000000000a";
const ME = "0195f3b2-7c1e-7a00-8000-000000000001";
const OTHER = "0195f3b2-7c1e-7a00-8000-000000000009";
const presence = (memberId: string, state: "viewing" | "replying"): LiveEvent => ({
  type: "presence",
  presence: {
    workspaceId: WS,
    ticketId: "0195f3b2-7c1e-7a00-8000-000000000002",
    number: 12,
    memberId,
    name: memberId === ME ? "Me" : "Ana",
    tab: "abcdef0123456789",
    state,
    at: 1_760_000_000_000,
  },
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<SseMessage[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return new SseReader().push(text);
}

describe("presence on the live stream", () => {
  it("sends other members' presence as `presence` events and skips the viewer's own", async () => {
    let subscriber: LiveSubscriber = () => undefined;
    const abort = new AbortController();
    const stream = createLiveStream({
      workspaceId: WS,
      subscribe: (_ws, s) => ((subscriber = s), () => undefined),
      signal: abort.signal,
      log: pino({ level: "silent" }),
      viewerMemberId: ME,
    });
    const reading = readAll(stream);
    subscriber(presence(ME, "replying"));
    subscriber(presence(OTHER, "replying"));
    subscriber(presence(ME, "viewing"));
    abort.abort();
    const events = await reading;
    expect(events).toEqual([
      {
        event: "presence",
        data: JSON.stringify({
          ticketId: "0195f3b2-7c1e-7a00-8000-000000000002",
          number: 12,
          memberId: OTHER,
          name: "Ana",
          tab: "abcdef0123456789",
          state: "replying",
          at: 1_760_000_000_000,
        }),
      },
    ]);
    expect(events[0]!.data).not.toContain(WS);
  });
});
