// New in-app notifications on a member's live stream: a bare `notifications` event for the
// member they are for, nothing for anyone else's; and the channel's payload parsed at the boundary.
import { describe, expect, it } from "vitest";
import pino from "pino";
import { createLiveStream } from "@/server/live/live-stream";
import { parseNotificationSignal } from "@/server/live/notification-signal";
import { SseReader, type SseMessage } from "@/server/live/sse";
import type { LiveSubscriber } from "@/server/live/ticket-listener";

const WS = "0195f3b2-7c1e-7a00-8000-00000000000a";
const ME = "0195f3b2-7c1e-7a00-8000-000000000001";
const OTHER = "0195f3b2-7c1e-7a00-8000-000000000009";

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

describe("notifications on the live stream", () => {
  it("tells the viewer of their own new notifications only, with no ids", async () => {
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
    subscriber({ type: "notifications", memberId: OTHER });
    subscriber({ type: "notifications", memberId: ME });
    abort.abort();
    const events = await reading;
    expect(events).toEqual([{ event: "notifications", data: "{}" }]);
  });

  it("parses the channel's payload and refuses anything else", () => {
    expect(parseNotificationSignal(JSON.stringify({ workspaceId: WS, memberId: ME }))).toEqual({ ok: true, signal: { workspaceId: WS, memberId: ME } });
    expect(parseNotificationSignal(JSON.stringify({ workspaceId: WS, memberId: "me" }))).toEqual({ ok: false, reason: "invalid fields: memberId" });
    expect(parseNotificationSignal("not json")).toEqual({ ok: false, reason: "not JSON" });
  });
});
