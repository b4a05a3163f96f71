// @mentions in internal notes: Mention rows for active members of the workspace (never the
// author, never for replies), and marking them seen per member and workspace.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { markMentionsSeen } from "@/server/tickets/mark-mentions-seen";
import { memberCtx } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let author: MadeMember;
let zoe: MadeMember;
let light: MadeMember;
let gone: MadeMember;
let stranger: MadeMember;
let authorCtx: Ctx;
let customerId: string;

const newTicket = () => makeTicket(db(), ws, { customer: { id: customerId }, messages: [{ kind: "INBOUND", text: "Where is my parcel?" }] });
const mentionsOf = (messageId: string) => db().mention.findMany({ where: { messageId }, orderBy: { memberId: "asc" } });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  author = await makeMember(db(), ws, { role: "AGENT", name: "Alex Writer" });
  zoe = await makeMember(db(), ws, { role: "AGENT", name: "Zoë Παπαδάκη" });
  light = await makeMember(db(), ws, { role: "LIGHT_AGENT", name: "Lina Light" });
  gone = await makeMember(db(), ws, { role: "AGENT", name: "Gus Gone" });
  await db().member.update({ where: { id: gone.memberId }, data: { deactivatedAt: new Date() } });
  stranger = await makeMember(db(), other, { role: "AGENT", name: "Sam Stranger" });
  authorCtx = await memberCtx(ws, author);
  customerId = (await makeCustomer(db(), ws.id)).id;
});

describe("mentions in notes", () => {
  it("a note mentioning two members writes two rows, unseen", async () => {
    const ticket = await newTicket();
    const { messageId } = await addNote(authorCtx, {
      ticketNumber: ticket.number,
      text: `@zoë παπαδάκη and @${light.email}: can one of you check the courier?`,
    });
    const rows = await mentionsOf(messageId);
    expect(rows.map((r) => r.memberId).sort()).toEqual([zoe.memberId, light.memberId].sort());
    expect(rows.every((r) => r.workspaceId === ws.id && r.seenAt === null)).toBe(true);
  });

  it("a reply with an @ writes none", async () => {
    const ticket = await newTicket();
    const { messageId } = await addReply(authorCtx, { ticketNumber: ticket.number, text: "@Zoë Παπαδάκη will call you back" });
    expect(await mentionsOf(messageId)).toEqual([]);
  });

  it("never mentions a deactivated member, another workspace's member, or the author", async () => {
    const ticket = await newTicket();
    const { messageId } = await addNote(authorCtx, {
      ticketNumber: ticket.number,
      text: `@Gus Gone @Sam Stranger @${stranger.email} @Alex Writer`,
    });
    expect(await mentionsOf(messageId)).toEqual([]);
  });
});

describe("markMentionsSeen", () => {
  it("marks only the caller's mentions on that ticket", async () => {
    const ticket = await newTicket();
    const elsewhere = await newTicket();
    const note = await addNote(authorCtx, { ticketNumber: ticket.number, text: "@Zoë Παπαδάκη @Lina Light please look" });
    const otherNote = await addNote(authorCtx, { ticketNumber: elsewhere.number, text: "@Zoë Παπαδάκη this one too" });

    const zoeCtx = await memberCtx(ws, zoe);
    expect(await markMentionsSeen(zoeCtx, { ticketNumber: ticket.number })).toEqual({ seen: 1 });
    const rows = await mentionsOf(note.messageId);
    expect(rows.find((r) => r.memberId === zoe.memberId)?.seenAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.memberId === light.memberId)?.seenAt).toBeNull();
    expect((await mentionsOf(otherNote.messageId))[0]?.seenAt).toBeNull();
    // Seen once; opening the ticket again changes nothing.
    expect(await markMentionsSeen(zoeCtx, { ticketNumber: ticket.number })).toEqual({ seen: 0 });
  });

  it("is scoped to the workspace: the same person's membership elsewhere marks nothing here", async () => {
    const ticket = await newTicket();
    await addNote(authorCtx, { ticketNumber: ticket.number, text: "@Zoë Παπαδάκη see this" });
    // Zoë is also a member of the other workspace, which has a ticket with the same number.
    const zoeThere = await makeMember(db(), other, { role: "AGENT", email: zoe.email, name: zoe.name });
    const otherCustomer = await makeCustomer(db(), other.id);
    let twin = await makeTicket(db(), other, { customer: otherCustomer });
    while (twin.number < ticket.number) twin = await makeTicket(db(), other, { customer: otherCustomer });
    expect(twin.number).toBe(ticket.number);

    expect(await markMentionsSeen(await memberCtx(other, zoeThere), { ticketNumber: ticket.number })).toEqual({ seen: 0 });
    const unseen = { workspaceId: ws.id, memberId: zoe.memberId, message: { ticketId: ticket.id }, seenAt: null };
    expect(await db().mention.count({ where: unseen })).toBe(1);
  });
});
