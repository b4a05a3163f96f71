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
