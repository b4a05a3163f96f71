// Reading a JSON request body in route handlers, bounded: a body over `maxBytes` (by its
// Content-Length or its actual size) or one that is not JSON is BAD_REQUEST, never a 500.
import { AppError } from "@/server/errors";

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = new AppError("BAD_REQUEST", `The request body is larger than ${maxBytes} bytes`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge;
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON", { cause: e });
  }
}

/**
 * The request body's bytes, read as a stream and abandoned as soon as it passes `maxBytes`, so a
 * huge upload costs at most that much memory. `tooLarge` is thrown then (and when Content-Length
 * already says so).
 */
export async function readRawBody(request: Request, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
