// The inbox's views against real PostgreSQL: what each built-in, area and saved view resolves to,
// how URL filters narrow them, and that the sidebar's counts match the lists they open. Another
// workspace's tickets never count, and its saved views are NOT_FOUND.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember, type MadeTicket } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { BUILT_IN_VIEWS, type InboxSearchParams } from "@/server/inbox/inbox.schemas";
import { countInboxFilters, countInboxViews } from "@/server/inbox/count-inbox-views";
import { listInbox, listInboxIds } from "@/server/inbox/list-inbox";
import { listInboxAreas, resolveInboxView } from "@/server/inbox/resolve-inbox-view";
import { createSavedView } from "@/server/saved-views/create-saved-view";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let me: MadeMember;
let agent: Ctx;
let colleagueCtx: Ctx;
let otherAdmin: Ctx;
let tickets: Record<string, MadeTicket>;

const ids = async (ctx: Ctx, params: InboxSearchParams) => {
  const v = await resolveInboxView(ctx, params);
  return (await listInbox(ctx, { filters: v.filters, sort: v.sort, limit: 100 })).items.map((i) => i.id).sort();
};
const idsOf = (...names: string[]) => names.map((k) => tickets[k]!.id).sort();

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  me = await makeMember(db(), ws, { role: "AGENT", name: "Mia Me" });
  const colleague = await makeMember(db(), ws, { role: "AGENT" });
  agent = await memberCtx(ws, me);
  colleagueCtx = await memberCtx(ws, colleague);
  otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  const customer = await makeCustomer(db(), ws.id);
  const msg = (text: string) => [{ kind: "INBOUND" as const, text }];
  const mk = (o: Partial<Parameters<typeof makeTicket>[2]>) => makeTicket(db(), ws, { customer, messages: msg("hi"), ...o });
  tickets = {
    mineOpen: await mk({ assigneeId: me.memberId, areaKey: "returns" }),
    mineOpen2: await mk({ assigneeId: me.memberId, priority: "URGENT" }),
    minePending: await mk({ assigneeId: me.memberId, status: "PENDING", areaKey: "returns" }),
    colleagueOpen: await mk({ assigneeId: colleague.memberId, areaKey: "refunds" }),
    noneOpen: await mk({ areaKey: "returns", priority: "HIGH" }),
    noneOpen2: await mk({ channel: "CHAT" }),
    nonePending: await mk({ status: "PENDING" }),
    closed: await mk({ status: "CLOSED", areaKey: "returns" }),
    closed2: await mk({ status: "CLOSED", assigneeId: me.memberId }),
    mentionUnseen: await mk({ messages: [{ kind: "INBOUND", text: "x" }, { kind: "NOTE", text: "@Mia Me", authorMemberId: colleague.memberId }] }),
    mentionSeen: await mk({ status: "CLOSED", messages: [{ kind: "NOTE", text: "@Mia Me", authorMemberId: colleague.memberId }] }),
  };
  await db().mention.createMany({
    data: [
      { workspaceId: ws.id, messageId: tickets.mentionUnseen!.messages[1]!.id, memberId: me.memberId },
      { workspaceId: ws.id, messageId: tickets.mentionSeen!.messages[0]!.id, memberId: me.memberId, seenAt: new Date() },
    ],
  });
  // An archived area keeps its tickets but leaves the sidebar.
  await db().problemArea.update({ where: { workspaceId_key: { workspaceId: ws.id, key: "membership" } }, data: { archivedAt: new Date() } });
  // Another workspace's open, unassigned tickets in the same areas must never count here.
  const stranger = await makeCustomer(db(), other.id);
  for (let i = 0; i < 3; i++) await makeTicket(db(), other, { customer: stranger, areaKey: "returns", messages: msg("x") });
});

describe("built-in views", () => {
  it("each lists exactly its tickets, the default being open", async () => {
    expect(await ids(agent, { view: "mine" })).toEqual(idsOf("mineOpen", "mineOpen2"));
    expect(await ids(agent, { view: "unassigned" })).toEqual(idsOf("noneOpen", "noneOpen2", "mentionUnseen"));
    expect(await ids(agent, { view: "open" })).toEqual(idsOf("mineOpen", "mineOpen2", "colleagueOpen", "noneOpen", "noneOpen2", "mentionUnseen"));
    expect(await ids(agent, { view: "pending" })).toEqual(idsOf("minePending", "nonePending"));
    expect(await ids(agent, { view: "closed" })).toEqual(idsOf("closed", "closed2", "mentionSeen"));
    expect(await ids(agent, { view: "mentions" })).toEqual(idsOf("mentionUnseen", "mentionSeen"));
    expect(await resolveInboxView(agent, {})).toEqual({ view: "open", filters: { status: ["OPEN"] }, sort: "activity" });
  });

  it("are narrowed by URL filters, which replace the view's value of the same field", async () => {
    expect(await ids(agent, { view: "mine", priority: ["URGENT"] })).toEqual(idsOf("mineOpen2"));
    expect(await ids(agent, { view: "mine", status: ["PENDING", "CLOSED"] })).toEqual(idsOf("minePending", "closed2"));
    expect(await ids(agent, { view: "open", area: "returns" })).toEqual(idsOf("mineOpen", "noneOpen"));
    expect(await ids(agent, { view: "unassigned", channel: ["CHAT"] })).toEqual(idsOf("noneOpen2"));
    const v = await resolveInboxView(agent, { view: "unassigned", assignee: "me", sort: "priority" });
    expect(v).toEqual({ view: "unassigned", filters: { status: ["OPEN"], assignee: "me" }, sort: "priority" });
  });
});

describe("area views", () => {
  it("are the open tickets of that area; an unknown area is NOT_FOUND", async () => {
    expect(await ids(agent, { view: "area:returns" })).toEqual(idsOf("mineOpen", "noneOpen"));
    expect(await ids(agent, { view: "area:refunds" })).toEqual(idsOf("colleagueOpen"));
    expect((await rejection(resolveInboxView(agent, { view: "area:nope" }))).code).toBe("NOT_FOUND");
  });

  it("list the active areas by position", async () => {
    const areas = await listInboxAreas(agent);
    expect(areas[0]).toEqual({ key: "returns", name: "Returns", names: {} });
    expect(areas.map((a) => a.key)).not.toContain("membership");
    expect(areas).toHaveLength(9);
  });
});

describe("saved views", () => {
  it("resolve to their filters and sort, narrowed by the URL", async () => {
    const mine = await createSavedView(agent, { name: "Urgent-ish", filters: { priority: ["HIGH", "URGENT"] }, sort: "priority" });
    const v = await resolveInboxView(agent, { view: `saved:${mine.id}` });
    expect(v).toEqual({
      view: `saved:${mine.id}`,
      filters: { priority: ["HIGH", "URGENT"] },
      sort: "priority",
      savedView: { id: mine.id, name: "Urgent-ish", shared: false, ownedByMe: true },
    });
    expect(await ids(agent, { view: `saved:${mine.id}` })).toEqual(idsOf("mineOpen2", "noneOpen"));
    expect(await ids(agent, { view: `saved:${mine.id}`, assignee: "none" })).toEqual(idsOf("noneOpen"));
    expect((await resolveInboxView(agent, { view: `saved:${mine.id}`, sort: "created" })).sort).toBe("created");
    // Someone else's personal view does not exist for a colleague.
    expect((await rejection(resolveInboxView(colleagueCtx, { view: `saved:${mine.id}` }))).code).toBe("NOT_FOUND");
  });

  it("of another workspace are NOT_FOUND, even shared ones", async () => {
    const foreign = await createSavedView(otherAdmin, { name: "Everything", filters: {}, shared: true });
    expect((await rejection(resolveInboxView(agent, { view: `saved:${foreign.id}` }))).code).toBe("NOT_FOUND");
    expect((await rejection(resolveInboxView(agent, { view: "saved:00000000-0000-0000-0000-00000000zzzz" }))).code).toBe("VALIDATION");
  });
});

describe("counts", () => {
  it("match the lists of their views; mentions count only the unseen; areas count open tickets", async () => {
    const counts = await countInboxViews(agent);
    for (const view of BUILT_IN_VIEWS.filter((v) => v !== "mentions")) {
      expect(counts[view], view).toBe((await ids(agent, { view })).length);
    }
    expect(counts).toMatchObject({ mine: 2, unassigned: 3, open: 6, pending: 2, closed: 3, mentions: 1 });
    expect(Object.keys(counts.areas)).toEqual((await listInboxAreas(agent)).map((a) => a.key));
    for (const [key, count] of Object.entries(counts.areas)) {
      expect(count, key).toBe((await ids(agent, { view: `area:${key}` })).length);
    }
    expect(counts.areas).toMatchObject({ returns: 2, refunds: 1, other: 0 });
  });

  it("are the member's own: a colleague has other mine and mentions counts", async () => {
    expect(await countInboxViews(colleagueCtx)).toMatchObject({ mine: 1, mentions: 0, open: 6 });
  });

  it("stop one past the cap, so a long backlog is shown as \"more than\" without being counted", async () => {
    // open 6, closed 3, pending 2, unassigned 3, mine 2, returns 2 (see the counts above)
    expect(await countInboxViews(agent, { cap: 2 })).toMatchObject({ open: 3, closed: 3, pending: 2, unassigned: 3, mine: 2, areas: expect.objectContaining({ returns: 2, refunds: 1 }) });
  });

  it("count a saved view's filters like its list, capped the same way", async () => {
    const filters = { status: ["OPEN" as const, "PENDING" as const], area: "returns" };
    const listed = (await listInboxIds(agent, { filters, limit: 100 })).ids.length;
    expect(listed).toBeGreaterThan(0);
    expect(await countInboxFilters(agent, filters)).toBe(listed);
    expect(await countInboxFilters(agent, filters, { cap: listed - 1 })).toBe(listed);
    expect(await countInboxFilters(agent, { area: "no-such-area" })).toBe(0);
  });

  it("of another workspace count only its own tickets", async () => {
    expect(await countInboxViews(otherAdmin)).toMatchObject({ mine: 0, unassigned: 3, open: 3, pending: 0, closed: 0, mentions: 0, areas: expect.objectContaining({ returns: 3, refunds: 0 }) });
  });
});
