// Tenancy: a member of one workspace reaches nothing of another. Every use case and query
// that takes an id, number or name answers NOT_FOUND for another workspace's resource (never
// FORBIDDEN, which would confirm that it exists), and changes nothing there.
import { beforeAll, describe, expect, it } from "vitest";
import { loadMemberContext } from "@/server/auth/member-context";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { isAppError } from "@/server/errors";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { changeMemberRole } from "@/server/members/change-member-role";
import { deactivateMember } from "@/server/members/deactivate-member";
import { reactivateMember } from "@/server/members/reactivate-member";
import { inviteMember } from "@/server/members/invite-member";
import { revokeInvitation } from "@/server/members/revoke-invitation";
import { listMembers } from "@/server/members/list-members";
import { listInvitations } from "@/server/members/list-invitations";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/server/api-tokens/revoke-api-token";
import { listApiTokens } from "@/server/api-tokens/list-api-tokens";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { getAgentThread, getTicketInWorkspace, listCustomerTickets } from "@/server/tickets/ticket.queries";
import { countInboxViews } from "@/server/inbox/count-inbox-views";
import { listInbox } from "@/server/inbox/list-inbox";
import { memberCtx, silentLog as log } from "../helpers/context";

async function expectNotFound(p: Promise<unknown>): Promise<void> {
  const outcome = await p.then(
    () => "resolved",
    (e: unknown) => e,
  );
  expect(isAppError(outcome) ? outcome.code : outcome).toBe("NOT_FOUND");
}

describe("tenancy: a member of northwind against demo's resources", () => {
  let demo: CreatedWorkspace;
  let northwind: CreatedWorkspace;
  let demoAdmin: MadeMember;
  let demoAgent: MadeMember;
  let nwAdmin: Ctx;
  let nwAgent: Ctx;
  let demoTicket: { id: string; number: number };
  let demoInvitationId: string;
  let demoCustomerId: string;

  beforeAll(async () => {
    demo = await makeWorkspace(db(), { name: "Demo" });
    northwind = await makeWorkspace(db(), { name: "Northwind" });
    demoAdmin = await makeMember(db(), demo, { role: "ADMIN" });
    demoAgent = await makeMember(db(), demo, { role: "AGENT" });
    nwAdmin = await memberCtx(northwind, await makeMember(db(), northwind, { role: "ADMIN" }));
    nwAgent = await memberCtx(northwind, await makeMember(db(), northwind, { role: "AGENT" }));
    const customer = await makeCustomer(db(), demo.id);
    demoCustomerId = customer.id;
    // Two demo tickets, so demo's #2 has no northwind twin with the same number.
    await makeTicket(db(), demo, { customer, messages: [{ kind: "INBOUND", text: "first" }] });
    demoTicket = await makeTicket(db(), demo, {
      customer,
      assigneeId: demoAgent.memberId,
      messages: [
        { kind: "INBOUND", text: "Where is my parcel?" },
        { kind: "NOTE", text: "Checking with the carrier" },
      ],
    });
    const demoAdminCtx = await memberCtx(demo, demoAdmin);
    demoInvitationId = (await inviteMember(demoAdminCtx, { email: "new@example.com", role: "AGENT" })).invitationId;
    await createApiToken(demoAdminCtx, { name: "demo-shop-sync" });
  });

  it("is not a member of demo at all", async () => {
    const user = await db().member.findUniqueOrThrow({ where: { id: (nwAgent.actor as { memberId: string }).memberId }, select: { userId: true } });
    expect(await loadMemberContext(db(), log, { id: user.userId, email: "x", name: "x" }, demo.slug)).toBeNull();
  });

  it("cannot read demo's tickets by number or id", async () => {
    await expectNotFound(getTicketInWorkspace(nwAgent, demoTicket.number));
    expect(await getAgentThread(nwAgent, demoTicket.id)).toEqual([]);
    const listed = await listInbox(nwAgent, { filters: {} });
    expect(listed.items.map((t) => t.id)).not.toContain(demoTicket.id);
    expect(await countInboxViews(nwAgent)).toMatchObject({ open: 0, pending: 0, closed: 0 });
    expect(await listCustomerTickets(nwAgent, demoCustomerId, "00000000-0000-0000-0000-000000000000")).toEqual([]);
  });

  it("cannot reply to or annotate demo's tickets", async () => {
    await expectNotFound(addReply(nwAgent, { ticketNumber: demoTicket.number, text: "hello" }));
    await expectNotFound(addNote(nwAgent, { ticketNumber: demoTicket.number, text: "psst" }));
    expect(await db().message.count({ where: { ticketId: demoTicket.id } })).toBe(2);
  });

  it("cannot change, deactivate or reactivate demo's members", async () => {
    await expectNotFound(changeMemberRole(nwAdmin, { memberId: demoAgent.memberId, role: "ADMIN" }));
    await expectNotFound(deactivateMember(nwAdmin, { memberId: demoAgent.memberId }));
    await expectNotFound(reactivateMember(nwAdmin, { memberId: demoAgent.memberId }));
    const m = await db().member.findUniqueOrThrow({ where: { id: demoAgent.memberId } });
    expect(m).toMatchObject({ role: "AGENT", deactivatedAt: null });
    expect((await listMembers(nwAdmin)).map((x) => x.memberId)).not.toContain(demoAgent.memberId);
  });

  it("cannot revoke or see demo's invitations and tokens", async () => {
    await expectNotFound(revokeInvitation(nwAdmin, { invitationId: demoInvitationId }));
    expect((await db().invitation.findUniqueOrThrow({ where: { id: demoInvitationId } })).revokedAt).toBeNull();
    expect(await listInvitations(nwAdmin)).toEqual([]);
    await expectNotFound(revokeApiToken(nwAdmin, { name: "demo-shop-sync" }));
    expect(await db().apiToken.count({ where: { workspaceId: demo.id, name: "demo-shop-sync" } })).toBe(1);
    expect(await listApiTokens(nwAdmin)).toEqual([]);
  });
});
