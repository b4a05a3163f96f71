// Suspended mail against real PostgreSQL: mail from a blocked sender or domain, and mail failing
// DMARC under a reject policy, is kept as SUSPENDED with its reason and summary instead of becoming
// a ticket; an agent recovers it (it then becomes a ticket as usual) or deletes it (kept, marked
// ignored); light agents and other workspaces cannot touch it; the block list is validated.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { acceptRawMail } from "@/server/mail/accept-raw-mail";
import { processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { deleteSuspendedMail, listSuspendedMail, recoverSuspendedMail } from "@/server/mail/suspended-mail";
import { updateWorkspaceSettings } from "@/server/workspaces/update-workspace-settings";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import type { Ctx } from "@/server/context";
import { memberCtx, rejection, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let mailbox: { id: string; workspaceId: string };
let admin: Ctx;
let agent: Ctx;
let light: Ctx;

function raw(from: string, subject: string): Buffer {
  return Buffer.from(
    [`From: ${from}`, "To: support@shop.example", `Subject: ${subject}`, `Message-ID: <${randomBytes(8).toString("hex")}@x.example>`, "Date: Sat, 05 Dec 2026 09:00:00 +0000", "", "Hello there, this is the body.", ""].join("\r\n"),
  );
}

async function deliver(from: string, subject: string, authResults?: object) {
  const { id } = await acceptRawMail(db(), { mailbox, raw: raw(from, subject), source: authResults ? "FORWARD" : "HTTP", ...(authResults ? { authResults } : {}) });
  await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
  return db().inboundMail.findUniqueOrThrow({ where: { id }, select: { id: true, status: true, reason: true, summary: true, ticketId: true } });
}

beforeAll(async () => {
  ws = await makeWorkspace(db());
  mailbox = await db().mailbox.create({
    data: { workspaceId: ws.id, name: "Support", address: `support-${randomBytes(4).toString("hex")}@shop.example`, forwardingKey: randomBytes(12).toString("hex") },
    select: { id: true, workspaceId: true },
  });
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  await updateWorkspaceSettings(admin, { assignOnFirstReply: true, blockedSenders: ["Junk.example", "spam@other.example"] });
});

describe("suspended mail", () => {
  it("suspends a blocked domain's mail with its reason and summary; recovering makes it a ticket", async () => {
    const row = await deliver("Spammer <deals@mail.junk.example>", "Cheap watches");
    expect(row).toMatchObject({ status: "SUSPENDED", ticketId: null, summary: { from: { name: "Spammer", address: "deals@mail.junk.example" }, subject: "Cheap watches" } });
    expect(row.reason).toMatch(/block list \(junk\.example\)/);
    expect((await listSuspendedMail(agent)).items.map((i) => i.id)).toContain(row.id);

    await recoverSuspendedMail(agent, { inboundMailId: row.id });
    await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
    const after = await db().inboundMail.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, ticketId: true, releasedAt: true } });
    expect(after.status).toBe("PROCESSED");
    expect(after.ticketId).not.toBeNull();
    expect(after.releasedAt).not.toBeNull();
    expect((await listSuspendedMail(agent)).items.map((i) => i.id)).not.toContain(row.id);
  });

  it("suspends mail failing DMARC under a reject policy, not under p=none; deleting keeps it, ignored", async () => {
    const forged = await deliver("CEO <ceo@bank.example>", "Urgent transfer", { dmarc: { result: "fail", domain: "bank.example", policy: "reject" } });
    expect(forged.status).toBe("SUSPENDED");
    expect(forged.reason).toMatch(/DMARC for bank\.example/);
    const lax = await deliver("Ana <ana@lax.example>", "Question", { dmarc: { result: "fail", domain: "lax.example", policy: "none" } });
    expect(lax.status).toBe("PROCESSED");

    await deleteSuspendedMail(agent, { inboundMailId: forged.id });
    const after = await db().inboundMail.findUniqueOrThrow({ where: { id: forged.id }, select: { status: true, reason: true, rawBlobId: true } });
    expect(after.status).toBe("IGNORED");
    expect(after.reason).toMatch(/deleted from Suspended by member/);
    // Done once: a second delete or a recover finds nothing suspended.
    expect((await rejection(recoverSuspendedMail(agent, { inboundMailId: forged.id }))).code).toBe("NOT_FOUND");
  });

  it("is for agents of the workspace only", async () => {
    const row = await deliver("spam@other.example", "Again");
    expect(row.status).toBe("SUSPENDED");
    expect((await rejection(listSuspendedMail(light))).code).toBe("FORBIDDEN");
    expect((await rejection(deleteSuspendedMail(light, { inboundMailId: row.id }))).code).toBe("FORBIDDEN");
    const other = await makeWorkspace(db());
    const stranger = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
    expect((await rejection(recoverSuspendedMail(stranger, { inboundMailId: row.id }))).code).toBe("NOT_FOUND");
    expect((await db().inboundMail.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SUSPENDED");
  });

  it("keeps the block list as lower-case addresses and domains, and names a wrong entry", async () => {
    const saved = await updateWorkspaceSettings(admin, { assignOnFirstReply: true, blockedSenders: ["junk.example", "Spam@Other.example", "junk.example"] });
    expect(saved.blockedSenders).toEqual(["junk.example", "spam@other.example"]);
    const bad = await rejection(updateWorkspaceSettings(admin, { assignOnFirstReply: true, blockedSenders: ["ok.example", "not a domain"] }));
    expect(bad.code).toBe("VALIDATION");
    expect(Object.keys(bad.fields ?? {})).toEqual(["blockedSenders.1"]);
    expect((await rejection(updateWorkspaceSettings(agent, { assignOnFirstReply: true, blockedSenders: [] }))).code).toBe("FORBIDDEN");
  });
});
