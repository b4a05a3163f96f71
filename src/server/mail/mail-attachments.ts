// The attachments of an inbound mail, kept as Attachment rows of its message whose bytes go
// through the blob store (the same interface as the raw mail; identical bytes are stored once per
// workspace). Ids are chosen before the message is written, so the sanitized HTML can point its
// cid: images at their stored copy. A part over the caps is not stored, and never silently: the
// message gets a line naming it, and the raw mail (always kept) still holds it.
import { randomUUID } from "node:crypto";
import type { DbTx } from "@/server/db";
import { isInlineImageType } from "@/server/attachments/download-headers";
import { putBlobs } from "@/server/storage/blob-store";
import type { ParsedAttachment } from "./parse-mail";

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_MESSAGE_ATTACHMENT_BYTES = 25 * 1024 * 1024;
const MAX_ATTACHMENTS = 100;

export type PlannedAttachment = ParsedAttachment & { id: string };
export type AttachmentPlan = { keep: PlannedAttachment[]; skipped: Array<{ filename: string; size: number }> };

/** Which parts are stored (in order, until the per-file or per-message cap) and which are not. */
export function planAttachments(parts: ParsedAttachment[], caps = { file: MAX_ATTACHMENT_BYTES, message: MAX_MESSAGE_ATTACHMENT_BYTES }): AttachmentPlan {
  const keep: PlannedAttachment[] = [];
  const skipped: AttachmentPlan["skipped"] = [];
  let total = 0;
  for (const part of parts) {
    const size = part.content.byteLength;
    if (size > caps.file || total + size > caps.message || keep.length >= MAX_ATTACHMENTS) {
      skipped.push({ filename: part.filename, size });
      continue;
    }
    total += size;
    keep.push({ ...part, id: randomUUID() });
  }
  return { keep, skipped };
}

/** The path an inline image is shown from in a mail's HTML (see inline-image-url.ts). */
export function inlineImagePath(attachmentId: string): string {
  return `/api/attachments/${attachmentId}/image`;
}

/** cid -> our inline image path, for raster images that are stored; null drops the image. */
export function cidResolver(plan: AttachmentPlan): (contentId: string) => string | null {
  const byCid = new Map(plan.keep.filter((a) => a.contentId && isInlineImageType(a.contentType)).map((a) => [a.contentId!, a.id]));
  return (cid) => {
    const id = byCid.get(cid);
    return id ? inlineImagePath(id) : null;
  };
}

/** The line the message gets for the parts not stored. */
export function skippedAttachmentsNote(plan: AttachmentPlan): string | null {
  if (plan.skipped.length === 0) return null;
  const list = plan.skipped.map((s) => `${s.filename} (${(s.size / 1024 / 1024).toFixed(1)} MB)`).join(", ");
  return `[Attachments not stored (over ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB): ${list}. The original message (.eml) keeps them.]`;
}

/** What storeAttachments needs of a file: an inbound mail's part, or a file an agent attached. */
export type StorableAttachment = { id: string; filename: string; contentType: string; content: Uint8Array; contentId: string | null };

export async function storeAttachments(tx: DbTx, workspaceId: string, messageId: string, plan: { keep: StorableAttachment[] }): Promise<void> {
  if (plan.keep.length === 0) return;
  // All of the message's files in one put (a few statements however many there are).
  const blobs = await putBlobs(tx, workspaceId, plan.keep.map((a) => a.content));
  // One millisecond apart: the thread and the outgoing mail list files by createdAt, so they keep
  // the order they came in (the mail's order, or the order the agent chose them in).
  const base = Date.now();
  await tx.attachment.createMany({
    data: plan.keep.map((a, i) => ({
      id: a.id,
      workspaceId,
      messageId,
      filename: a.filename.slice(0, 255),
      contentType: a.contentType.slice(0, 255),
      byteSize: blobs[i]!.byteSize,
      sha256: blobs[i]!.sha256,
      contentId: a.contentId?.slice(0, 255) ?? null,
      blobId: blobs[i]!.id,
      createdAt: new Date(base + i),
    })),
  });
}
