// Assign on first reply (issue 18): a member's reply to an unassigned ticket assigns it to them in
// the same transaction (ASSIGNEE_CHANGED at the reply's version), unless the workspace turned it
// off; never on an assigned ticket, for a note, or for a reply through an API token. Only admins
// of the workspace change the setting.
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { authenticateApiToken } from "@/server/api-tokens/authenticate-api-token";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { sendReply } from "@/server/tickets/send-reply";
import { updateWorkspaceSettings } from "@/server/workspaces/update-workspace-settings";
import { memberCtx, rejection, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let agentMember: MadeMember;
let agent: Ctx;
let admin: Ctx;
let customerId: string;

const unassigned = () => makeTicket(db(), ws, { customer: { id: customerId }, messages: [{ kind: "INBOUND", text: "Hello?" }] });
const ticketOf = (id: string) => db().ticket.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  agentMember = await makeMember(db(), ws, { role: "AGENT" });
  agent = await memberCtx(ws, agentMember);
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  customerId = (await makeCustomer(db(), ws.id)).id;
});

describe("assign on first reply", () => {
  it("is on by default for a new workspace", async () => {
    expect((await db().workspace.findUniqueOrThrow({ where: { id: ws.id } })).assignOnFirstReply).toBe(true);
  });

  it("an agent's reply to an unassigned ticket assigns it to them, with the event at the reply's version", async () => {
    const ticket = await unassigned();
    const sent = await sendReply(agent, { ticketNumber: ticket.number, text: "On it", expectedVersion: ticket.version });
    expect(sent.version).toBe(ticket.version + 1);
    expect(await ticketOf(ticket.id)).toMatchObject({ assigneeId: agentMember.memberId, version: ticket.version + 1 });
    const events = await db().ticketEvent.findMany({ where: { ticketId: ticket.id, ticketVersion: sent.version }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type).sort()).toEqual(["ASSIGNEE_CHANGED", "REPLY_ADDED"]);
    expect(events.find((e) => e.type === "ASSIGNEE_CHANGED")).toMatchObject({
      actorType: "MEMBER",
      actorMemberId: agentMember.memberId,
      data: { from: null, to: agentMember.memberId },
    });
  });

  it("an admin's reply assigns too", async () => {
    const ticket = await unassigned();
    await addReply(admin, { ticketNumber: ticket.number, text: "Hi" });
    expect((await ticketOf(ticket.id)).assigneeId).toBe(admin.actor.type === "member" ? admin.actor.memberId : "");
  });

  it("does not reassign a ticket that has an assignee", async () => {
    const owner = await makeMember(db(), ws, { role: "AGENT" });
    const ticket = await makeTicket(db(), ws, { customer: { id: customerId }, assigneeId: owner.memberId, messages: [{ kind: "INBOUND", text: "Hi" }] });
    await addReply(agent, { ticketNumber: ticket.number, text: "Covering for a colleague" });
    expect((await ticketOf(ticket.id)).assigneeId).toBe(owner.memberId);
    expect(await db().ticketEvent.count({ where: { ticketId: ticket.id, type: "ASSIGNEE_CHANGED", actorMemberId: agentMember.memberId } })).toBe(0);
  });

  it("a note assigns no one", async () => {
    const ticket = await unassigned();
    await addNote(agent, { ticketNumber: ticket.number, text: "Looking into it" });
    expect((await ticketOf(ticket.id)).assigneeId).toBeNull();
  });

  it("a reply through an API token assigns no one", async () => {
    const { token } = await createApiToken(admin, { name: "shop" });
    const apiCtx = await authenticateApiToken(db(), silentLog, `Bearer ${token}`);
    const ticket = await unassigned();
    await addReply(apiCtx!, { ticketNumber: ticket.number, text: "Automated answer" });
    expect((await ticketOf(ticket.id)).assigneeId).toBeNull();
  });

  it("turned off by an admin, a reply assigns no one; turned on again, it does", async () => {
    const other = await makeWorkspace(db());
    const otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
    const otherAgentMember = await makeMember(db(), other, { role: "AGENT" });
    const otherAgent = await memberCtx(other, otherAgentMember);
    const otherCustomer = await makeCustomer(db(), other.id);
    const make = () => makeTicket(db(), other, { customer: otherCustomer, messages: [{ kind: "INBOUND", text: "Hi" }] });

    expect(await updateWorkspaceSettings(otherAdmin, { assignOnFirstReply: false })).toMatchObject({ assignOnFirstReply: false });
    const off = await make();
    await addReply(otherAgent, { ticketNumber: off.number, text: "Hi" });
    expect((await ticketOf(off.id)).assigneeId).toBeNull();

    await updateWorkspaceSettings(otherAdmin, { assignOnFirstReply: true });
    const on = await make();
    await addReply(otherAgent, { ticketNumber: on.number, text: "Hi" });
    expect((await ticketOf(on.id)).assigneeId).toBe(otherAgentMember.memberId);
    // The first workspace kept its own setting.
    expect((await db().workspace.findUniqueOrThrow({ where: { id: ws.id } })).assignOnFirstReply).toBe(true);
  });
});

describe("the setting", () => {
  it("only an admin changes it; agents and light agents are FORBIDDEN", async () => {
    const light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
    expect((await rejection(updateWorkspaceSettings(agent, { assignOnFirstReply: false }))).code).toBe("FORBIDDEN");
    expect((await rejection(updateWorkspaceSettings(light, { assignOnFirstReply: false }))).code).toBe("FORBIDDEN");
    expect((await db().workspace.findUniqueOrThrow({ where: { id: ws.id } })).assignOnFirstReply).toBe(true);
  });

  it("another workspace's admin changes only their own workspace", async () => {
    const other = await makeWorkspace(db());
    const otherAdminMember = await makeMember(db(), other, { role: "ADMIN" });
    // Their session cannot even build a ctx for this workspace...
    await expect(memberCtx(ws, otherAdminMember)).rejects.toThrow();
    // ...and with their own ctx, only their workspace changes.
    await updateWorkspaceSettings(await memberCtx(other, otherAdminMember), { assignOnFirstReply: false });
    expect((await db().workspace.findUniqueOrThrow({ where: { id: ws.id } })).assignOnFirstReply).toBe(true);
    expect((await db().workspace.findUniqueOrThrow({ where: { id: other.id } })).assignOnFirstReply).toBe(false);
  });

  it("refuses input that is not a boolean", async () => {
    expect((await rejection(updateWorkspaceSettings(admin, { assignOnFirstReply: "no" as unknown as boolean }))).code).toBe("VALIDATION");
  });
});
