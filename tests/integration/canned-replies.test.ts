// Canned replies against real PostgreSQL: shared ones managed by admins, personal ones by their
// owner (agents and admins; light agents only use them); someone else's personal reply and
// another workspace's replies are NOT_FOUND; unknown placeholders are a field error; the quick
// search ranks by usage; rendering picks the customer's language and fills the placeholders.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { createCannedReply } from "@/server/canned-replies/create-canned-reply";
import { updateCannedReply } from "@/server/canned-replies/update-canned-reply";
import { deleteCannedReply } from "@/server/canned-replies/delete-canned-reply";
import { listCannedReplies } from "@/server/canned-replies/list-canned-replies";
import { searchCannedReplies } from "@/server/canned-replies/search-canned-replies";
import { renderCannedReply } from "@/server/canned-replies/render-canned-reply";
import { recordCannedReplyUse } from "@/server/canned-replies/record-canned-reply-use";
import { insertCannedReply } from "@/server/canned-replies/insert-canned-reply";
import type { CreateCannedReplyInput } from "@/server/canned-replies/canned-reply.schemas";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let agent2: Ctx;
let light: Ctx;
let otherAdmin: Ctx;
let greekTicket: number;
let unknownLanguageTicket: number;
let otherTicket: number;

beforeAll(async () => {
  ws = await makeWorkspace(db(), { defaultLocale: "pl" });
  other = await makeWorkspace(db());
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN", name: "Ada Admin" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT", name: "Anna Agent" }));
  agent2 = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT", name: "Bob Agent" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT", name: "Lia Light" }));
  otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  const maria = await makeCustomer(db(), ws.id, { name: "Μαρία Παπαδοπούλου", locale: "el-GR" });
  const nameless = await makeCustomer(db(), ws.id, { name: null, locale: "de" });
  const t1 = await makeTicket(db(), ws, { customer: maria, messages: [{ kind: "INBOUND", text: "Πού είναι η παραγγελία μου;" }] });
  await db().ticket.update({ where: { id: t1.id }, data: { orderNumber: "SO-1042" } });
  greekTicket = t1.number;
  unknownLanguageTicket = (await makeTicket(db(), ws, { customer: nameless, messages: [{ kind: "INBOUND", text: "Hallo" }] })).number;
  const otherCustomer = await makeCustomer(db(), other.id);
  otherTicket = (await makeTicket(db(), other, { customer: otherCustomer, messages: [{ kind: "INBOUND", text: "Hi" }] })).number;
});

const code = async (p: Promise<unknown>) => (await rejection(p)).code;
const reply = (over: Partial<CreateCannedReplyInput> = {}): CreateCannedReplyInput => ({
  title: "Where is my order",
  folder: "Shipping",
  versions: { en: "Hi {{customer.name}},\nyour order {{order.number}} is on its way." },
  ...over,
});

describe("creating", () => {
  it("admins create shared replies; agents personal ones; light agents neither", async () => {
    const shared = await createCannedReply(admin, reply({ shared: true, title: "Shared one" }));
    expect(shared).toMatchObject({ title: "Shared one", folder: "Shipping", shared: true, ownedByMe: false, editable: true, usageCount: 0 });
    expect(await code(createCannedReply(agent, reply({ shared: true })))).toBe("FORBIDDEN");
    const personal = await createCannedReply(agent, reply({ title: "Mine" }));
    expect(personal).toMatchObject({ shared: false, ownedByMe: true, editable: true });
    expect(await code(createCannedReply(light, reply()))).toBe("FORBIDDEN");
    expect(await code(createCannedReply(light, reply({ shared: true })))).toBe("FORBIDDEN");
    expect(await db().cannedReply.count({ where: { workspaceId: ws.id, title: "Shared one", ownerId: null } })).toBe(1);
  });

  it("keeps one version per language given, drops empty ones, and normalizes line endings", async () => {
    const r = await createCannedReply(admin, reply({ shared: true, title: "Multi", versions: { en: "One\r\ntwo  \n", el: "Ένα", ar: "   ", pl: "" } }));
    expect(r.versions).toEqual({ en: "One\ntwo", el: "Ένα" });
    expect(await db().cannedReplyVersion.count({ where: { replyId: r.id, workspaceId: ws.id } })).toBe(2);
  });

  it("refuses unknown placeholders with a field error on that language listing the allowed ones", async () => {
    const e = await rejection(createCannedReply(admin, reply({ shared: true, versions: { en: "ok {{customer.name}}", el: "Γεια {{customer.firstName}}" } })));
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldIssues?.["versions.el"]?.code).toBe("unknownPlaceholder");
    expect(e.fieldIssues?.["versions.el"]?.message).toContain("{{customer.firstName}}");
    expect(e.fieldIssues?.["versions.el"]?.message).toContain("{{order.number}}");
    expect(await db().cannedReply.count({ where: { workspaceId: ws.id, title: "Where is my order", ownerId: null } })).toBe(0);
  });

  it("needs a title and the text in at least one language; refuses languages we do not have", async () => {
    expect((await rejection(createCannedReply(agent, reply({ title: "  " })))).fieldIssues?.title?.code).toBe("required");
    expect((await rejection(createCannedReply(agent, reply({ title: "x".repeat(121) })))).fieldIssues?.title?.code).toBe("tooLong");
    expect((await rejection(createCannedReply(agent, reply({ versions: { en: "  ", el: "" } })))).fieldIssues?.versions?.code).toBe("noVersion");
    expect((await rejection(createCannedReply(agent, reply({ versions: { de: "Hallo" } } as unknown as CreateCannedReplyInput)))).code).toBe("VALIDATION");
    expect((await rejection(createCannedReply(agent, reply({ folder: "f".repeat(61) })))).fieldIssues?.folder?.code).toBe("tooLong");
  });
});

describe("changing and deleting", () => {
  it("the owner edits a personal reply; other agents and admins get NOT_FOUND", async () => {
    const mine = await createCannedReply(agent, reply({ title: "Editable" }));
    const edited = await updateCannedReply(agent, { id: mine.id, title: "Edited", folder: "", versions: { et: "Tere {{agent.name}}" } });
    expect(edited).toMatchObject({ title: "Edited", folder: "", versions: { et: "Tere {{agent.name}}" } });
    expect(await db().cannedReplyVersion.findMany({ where: { replyId: mine.id }, select: { locale: true } })).toEqual([{ locale: "et" }]);
    expect(await code(updateCannedReply(agent2, { id: mine.id, title: "X", versions: { en: "x" } }))).toBe("NOT_FOUND");
    expect(await code(updateCannedReply(admin, { id: mine.id, title: "X", versions: { en: "x" } }))).toBe("NOT_FOUND");
    expect(await code(deleteCannedReply(admin, { id: mine.id }))).toBe("NOT_FOUND");
    expect(await deleteCannedReply(agent, { id: mine.id })).toEqual({ id: mine.id });
    expect(await db().cannedReplyVersion.count({ where: { replyId: mine.id } })).toBe(0);
  });

  it("only admins change or delete shared replies; others get FORBIDDEN", async () => {
    const shared = await createCannedReply(admin, reply({ shared: true, title: "Team" }));
    expect(await code(updateCannedReply(agent, { id: shared.id, title: "X", versions: { en: "x" } }))).toBe("FORBIDDEN");
    expect(await code(updateCannedReply(light, { id: shared.id, title: "X", versions: { en: "x" } }))).toBe("FORBIDDEN");
    expect(await code(deleteCannedReply(agent, { id: shared.id }))).toBe("FORBIDDEN");
    const e = await rejection(updateCannedReply(admin, { id: shared.id, title: "Team", versions: { en: "{{ticket.id}}" } }));
    expect(e.fieldIssues?.["versions.en"]?.code).toBe("unknownPlaceholder");
    await updateCannedReply(admin, { id: shared.id, title: "Team 2", versions: { en: "New" } });
    await deleteCannedReply(admin, { id: shared.id });
    expect(await db().cannedReply.count({ where: { id: shared.id } })).toBe(0);
  });

  it("writes a shared reply's changes to the audit log, never a personal one's", async () => {
    const shared = await createCannedReply(admin, reply({ shared: true, title: "Refund timing", versions: { en: "Within 5 days." } }));
    await updateCannedReply(admin, { id: shared.id, title: "Refund timing", folder: "Shipping", versions: { en: "Within 3 days.", el: "Εντός 3 ημερών." } });
    await deleteCannedReply(admin, { id: shared.id });
    const personal = await createCannedReply(agent, reply({ title: "Mine" }));
    await deleteCannedReply(agent, { id: personal.id });
    const events = await db().auditEvent.findMany({ where: { workspaceId: ws.id, targetType: "canned_reply", targetId: { in: [shared.id, personal.id] } }, orderBy: { createdAt: "asc" }, select: { action: true, targetId: true, before: true, after: true } });
    expect(events.map((e) => [e.action, e.targetId])).toEqual([
      ["canned_reply.created", shared.id],
      ["canned_reply.updated", shared.id],
      ["canned_reply.deleted", shared.id],
    ]);
    // Only what changed: the English text and the new Greek one.
    expect(events[1]!.before).toEqual({ versions: { en: "Within 5 days." } });
    expect(events[1]!.after).toEqual({ versions: { en: "Within 3 days.", el: "Εντός 3 ημερών." } });
  });

  it("another workspace's reply is NOT_FOUND for every use case", async () => {
    const foreign = await createCannedReply(otherAdmin, reply({ shared: true, title: "Foreign" }));
    expect(await code(updateCannedReply(admin, { id: foreign.id, title: "X", versions: { en: "x" } }))).toBe("NOT_FOUND");
    expect(await code(deleteCannedReply(admin, { id: foreign.id }))).toBe("NOT_FOUND");
    expect(await code(renderCannedReply(admin, { id: foreign.id, ticketNumber: greekTicket }))).toBe("NOT_FOUND");
    expect(await code(recordCannedReplyUse(admin, { id: foreign.id }))).toBe("NOT_FOUND");
    expect(await code(insertCannedReply(admin, { id: foreign.id, ticketNumber: greekTicket }))).toBe("NOT_FOUND");
    expect((await listCannedReplies(admin)).map((r) => r.id)).not.toContain(foreign.id);
    // Nor can a ticket number of the other workspace be used to render one of ours.
    const ours = await createCannedReply(admin, reply({ shared: true, title: "Ours" }));
    expect(await code(renderCannedReply(admin, { id: ours.id, ticketNumber: otherTicket + 100_000 }))).toBe("NOT_FOUND");
    expect(await db().cannedReply.findUniqueOrThrow({ where: { id: foreign.id }, select: { usageCount: true } })).toEqual({ usageCount: 0 });
  });
});

describe("listing and searching", () => {
  let lw: CreatedWorkspace;
  let la: Ctx;
  let lb: Ctx;
  let ll: Ctx;
  let ticket: number;
  beforeAll(async () => {
    lw = await makeWorkspace(db());
    la = await memberCtx(lw, await makeMember(db(), lw, { role: "ADMIN" }));
    lb = await memberCtx(lw, await makeMember(db(), lw, { role: "AGENT" }));
    ll = await memberCtx(lw, await makeMember(db(), lw, { role: "LIGHT_AGENT" }));
    const c = await makeCustomer(db(), lw.id, { locale: "el" });
    ticket = (await makeTicket(db(), lw, { customer: c, messages: [{ kind: "INBOUND", text: "?" }] })).number;
  });

  it("lists shared replies and the caller's own, never another agent's personal ones", async () => {
    const shared = await createCannedReply(la, reply({ shared: true, title: "Refund timing", folder: "Refunds", versions: { en: "Refunds take 5 days", el: "Οι επιστροφές χρημάτων διαρκούν 5 ημέρες" } }));
    const adminOwn = await createCannedReply(la, reply({ title: "Admin's refund note", folder: "", versions: { en: "My refund words" } }));
    const agentOwn = await createCannedReply(lb, reply({ title: "Agent's refund note", folder: "Mine", versions: { en: "Refund, personally" } }));
    expect((await listCannedReplies(lb)).map((r) => r.id).sort()).toEqual([shared.id, agentOwn.id].sort());
    expect((await listCannedReplies(la)).map((r) => r.id)).toEqual([adminOwn.id, agentOwn.id, shared.id].filter((id) => id !== agentOwn.id));
    const forLight = await listCannedReplies(ll);
    expect(forLight).toEqual([expect.objectContaining({ id: shared.id, editable: false })]);
    expect((await listCannedReplies(lb)).find((r) => r.id === shared.id)?.editable).toBe(false);

    const found = await searchCannedReplies(lb, { q: "refund", ticketNumber: ticket });
    expect(found.map((m) => m.id).sort()).toEqual([shared.id, agentOwn.id].sort());
    // The preview is in the customer's language (Greek), by title or by text.
    expect(found.find((m) => m.id === shared.id)).toMatchObject({ locale: "el", preview: "Οι επιστροφές χρημάτων διαρκούν 5 ημέρες", folder: "Refunds", shared: true });
    // Case and accents folded as in the app's search; `%` is a character, not a wildcard.
    expect((await searchCannedReplies(lb, { q: "ΕΠΙΣΤΡΟΦΈΣ", ticketNumber: ticket })).map((m) => m.id)).toEqual([shared.id]);
    expect((await searchCannedReplies(lb, { q: "επιστροφες χρηματων", ticketNumber: ticket })).map((m) => m.id)).toEqual([shared.id]);
    expect((await searchCannedReplies(lb, { q: "ref%nd", ticketNumber: ticket })).map((m) => m.id)).toEqual([]);
    expect((await searchCannedReplies(lb, { q: "refunds", ticketNumber: ticket })).map((m) => m.id)).toEqual([shared.id]);
    expect((await searchCannedReplies(ll, { q: "personally", ticketNumber: ticket })).map((m) => m.id)).toEqual([]);
    expect(await code(searchCannedReplies(lb, { q: "refund", ticketNumber: 999_999 }))).toBe("NOT_FOUND");
  });

  it("ranks by usage, then by the last use", async () => {
    const a = await createCannedReply(la, reply({ shared: true, title: "Rank A", versions: { en: "rankable" } }));
    const b = await createCannedReply(la, reply({ shared: true, title: "Rank B", versions: { en: "rankable" } }));
    const c = await createCannedReply(la, reply({ shared: true, title: "Rank C", versions: { en: "rankable" } }));
    const order = async () => (await searchCannedReplies(lb, { q: "rank", ticketNumber: ticket })).map((m) => m.title);
    expect(await order()).toEqual(["Rank A", "Rank B", "Rank C"]);
    await recordCannedReplyUse(lb, { id: c.id });
    await recordCannedReplyUse(ll, { id: c.id });
    expect(await recordCannedReplyUse(lb, { id: b.id })).toEqual({ id: b.id, usageCount: 1 });
    expect(await order()).toEqual(["Rank C", "Rank B", "Rank A"]);
    await recordCannedReplyUse(lb, { id: a.id });
    expect(await order()).toEqual(["Rank C", "Rank A", "Rank B"]);
  });

  it("counts concurrent uses each once", async () => {
    const r = await createCannedReply(la, reply({ shared: true, title: "Busy", versions: { en: "busy" } }));
    await Promise.all(Array.from({ length: 10 }, () => recordCannedReplyUse(lb, { id: r.id })));
    const row = await db().cannedReply.findUniqueOrThrow({ where: { id: r.id }, select: { usageCount: true, lastUsedAt: true } });
    expect(row.usageCount).toBe(10);
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("rendering and inserting", () => {
  it("takes the customer's language and fills the placeholders from the ticket, customer and agent", async () => {
    const r = await createCannedReply(admin, reply({
      shared: true,
      title: "Order status",
      versions: {
        en: "Hi {{customer.name}}, order {{order.number}}",
        el: "Γεια σας {{customer.name}},\nη παραγγελία {{ order.number }} (αίτημα #{{ticket.number}}).\n{{agent.name}}",
        pl: "Dzień dobry {{customer.name}}",
      },
    }));
    const rendered = await renderCannedReply(agent, { id: r.id, ticketNumber: greekTicket });
    expect(rendered).toEqual({
      id: r.id,
      locale: "el",
      text: `Γεια σας Μαρία Παπαδοπούλου,\nη παραγγελία SO-1042 (αίτημα #${greekTicket}).\nAnna Agent`,
      missing: [],
    });
    // A customer in a language without a version gets the workspace's (Polish); what is unknown stays empty.
    expect(await renderCannedReply(agent, { id: r.id, ticketNumber: unknownLanguageTicket })).toEqual({ id: r.id, locale: "pl", text: "Dzień dobry ", missing: ["customer.name"] });
    // Rendering alone does not count a use; inserting does.
    expect((await db().cannedReply.findUniqueOrThrow({ where: { id: r.id } })).usageCount).toBe(0);
    const inserted = await insertCannedReply(light, { id: r.id, ticketNumber: greekTicket });
    expect(inserted.text).toContain("Lia Light");
    expect((await db().cannedReply.findUniqueOrThrow({ where: { id: r.id } })).usageCount).toBe(1);
  });

  it("falls back to any version when neither the customer's nor the workspace's language has one", async () => {
    const r = await createCannedReply(agent, reply({ title: "Estonian only", versions: { et: "Tere {{customer.name}}" } }));
    expect(await renderCannedReply(agent, { id: r.id, ticketNumber: greekTicket })).toMatchObject({ locale: "et", text: "Tere Μαρία Παπαδοπούλου" });
    // Personal: nobody else renders or counts it.
    expect(await code(renderCannedReply(agent2, { id: r.id, ticketNumber: greekTicket }))).toBe("NOT_FOUND");
    expect(await code(insertCannedReply(admin, { id: r.id, ticketNumber: greekTicket }))).toBe("NOT_FOUND");
    expect(await code(recordCannedReplyUse(agent2, { id: r.id }))).toBe("NOT_FOUND");
  });
});
