// Opaque keyset cursors: base64url of the last row's sort key (a timestamp and an id). Clients
// pass them back unchanged; a cursor that does not decode is a 422 on `cursor`.
import { z } from "zod";
import { CursorInstantSchema } from "@/lib/validation";
import { AppError } from "@/server/errors";

const CursorPayload = z.tuple([CursorInstantSchema, z.uuid()]);

export type Keyset = { at: Date; id: string };

export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify([k.at.toISOString(), k.id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Keyset {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = null;
  }
  const parsed = CursorPayload.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Some fields are invalid", { fields: { cursor: "is not a cursor from this API" } });
  return { at: new Date(parsed.data[0]), id: parsed.data[1] };
}
