// The server-sent-events wire format (https://html.spec.whatwg.org/multipage/server-sent-events.html):
// writing events on the server, and reading them back in the latency probe and in tests.
// No server-only import: the e2e suite and benchmarks use the reader from plain Node.

export type SseMessage = { event: string; data: string; id?: string };

/** One event; multi-line data becomes several `data:` lines, as the format requires. */
export function sseEvent(event: string, data: unknown): string {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return `event: ${event}\n${text.split(/\r\n|\r|\n/).map((line) => `data: ${line}`).join("\n")}\n\n`;
}

/** A comment line: ignored by EventSource, but keeps proxies from closing an idle connection. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;
}

/** How long EventSource waits before reconnecting after the connection drops. */
export function sseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.round(ms))}\n\n`;
}

/** An incremental reader: feed it text as it arrives, get the complete events so far. */
export class SseReader {
  private buffer = "";

  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const messages: SseMessage[] = [];
    let end: RegExpExecArray | null;
    const blankLine = /\r\n\r\n|\n\n|\r\r/;
    while ((end = blankLine.exec(this.buffer))) {
      const block = this.buffer.slice(0, end.index);
      this.buffer = this.buffer.slice(end.index + end[0].length);
      const message = parseBlock(block);
      if (message) messages.push(message);
    }
    return messages;
  }
}

function parseBlock(block: string): SseMessage | null {
  let event = "message";
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
    else if (field === "id") id = value;
  }
  // Per the spec, a block without data dispatches nothing (retry-only and comment blocks).
  if (data.length === 0) return null;
  return { event, data: data.join("\n"), ...(id !== undefined ? { id } : {}) };
}

/**
 * Reads an event stream's body until it ends or fails, calling `onMessage` with each event and
 * the time (performance.now()) its chunk arrived. For the latency probe, the benchmark and tests.
 */
export async function readSseStream(body: ReadableStream<Uint8Array<ArrayBuffer>>, onMessage: (message: SseMessage, arrivedAt: number) => void): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const sse = new SseReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const at = performance.now();
      for (const message of sse.push(value)) onMessage(message, at);
    }
  } catch {
    // The caller aborted the request, or the connection dropped: the stream is over either way.
  }
}
