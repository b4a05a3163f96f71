// The SSE wire format both ways, and the boundary check of NOTIFY payloads.
import { describe, expect, it } from "vitest";
import { readSseStream, SseReader, sseComment, sseEvent, sseRetry } from "@/server/live/sse";
import { parseTicketChange } from "@/server/live/ticket-change";
import { quantile } from "@/server/live/measure-latency";

const valid = {
  workspaceId: "0195f3b2-7c1e-7a00-8000-000000000001",
  ticketId: "0195f3b2-7c1e-7a00-8000-000000000002",
  number: 12,
  version: 3,
  kind: "status",
};

describe("SSE format", () => {
  it("reads back what it writes, across chunk boundaries, skipping comments and retry blocks", () => {
    const text = sseRetry(3000) + sseComment("connected") + sseEvent("ticket", { a: 1 }) + sseEvent("note", "line 1\nline 2");
    const reader = new SseReader();
    const messages = [...text].flatMap((ch) => reader.push(ch));
    expect(messages).toEqual([
      { event: "ticket", data: '{"a":1}' },
      { event: "note", data: "line 1\nline 2" },
    ]);
  });

  it("keeps an incomplete event until its blank line arrives", () => {
    const reader = new SseReader();
    expect(reader.push("event: ticket\ndata: {}")).toEqual([]);
    expect(reader.push("\n\n")).toEqual([{ event: "ticket", data: "{}" }]);
  });

  it("cannot be tricked into a second event by a newline in a comment", () => {
    expect(sseComment("a\n\ndata: x")).toBe(": a data: x\n\n");
  });
});

describe("parseTicketChange", () => {
  it("accepts the use cases' payload", () => {
    expect(parseTicketChange(JSON.stringify(valid))).toEqual({ ok: true, change: valid });
  });

  it.each([
    ["empty", ""],
    ["not JSON", "{workspaceId:"],
    ["a bad uuid", JSON.stringify({ ...valid, workspaceId: "demo" })],
    ["a negative version", JSON.stringify({ ...valid, version: -1 })],
    ["free text as kind", JSON.stringify({ ...valid, kind: "Customer wrote: hello" })],
    ["a missing number", JSON.stringify({ ...valid, number: undefined })],
  ])("rejects %s without echoing it", (_name, payload) => {
    const result = parseTicketChange(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toContain("hello");
  });
});

describe("quantile", () => {
  it("uses the nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(xs, 0.5)).toBe(50);
    expect(quantile(xs, 0.95)).toBe(95);
    expect(quantile([7], 0.99)).toBe(7);
  });
});

describe("readSseStream", () => {
  it("yields every event of a byte stream split anywhere, and ends with the stream", async () => {
    const wire = sseEvent("ticket", { number: 7 }) + sseComment("ping") + sseEvent("resync", "{}");
    const bytes = new TextEncoder().encode(wire);
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 5) controller.enqueue(bytes.slice(i, i + 5));
        controller.close();
      },
    });
    const seen: string[] = [];
    await readSseStream(body, (m, at) => {
      expect(at).toBeGreaterThan(0);
      seen.push(`${m.event} ${m.data}`);
    });
    expect(seen).toEqual(['ticket {"number":7}', "resync {}"]);
  });
});
