// Settings > Problem areas against real PostgreSQL: admins add, rename per language, reorder,
// archive and unarchive areas, each with its audit event; agents cannot, and another workspace's
// area is NOT_FOUND. An archived area stays on its tickets but is offered neither in the ticket
// select nor on the contact form, and is refused there; a renamed area shows in the reader's
// language, else in the default language's, else the catalog's name of a built-in key.
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaLabel } from "@/lib/area-label";
import type { Ctx } from "@/server/context";
import { contactFormPage } from "@/server/contact/contact-form.queries";
import { issueFormToken } from "@/server/contact/form-token";
import { submitContactForm } from "@/server/contact/submit-contact-form";
import { createArticle } from "@/server/help-center/create-article";
import { createHelpCategory } from "@/server/help-center/create-help-category";
import { updateArticle } from "@/server/help-center/update-article";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeTicket } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import { createProblemArea } from "@/server/problem-areas/create-problem-area";
import { moveProblemArea } from "@/server/problem-areas/move-problem-area";
import { listProblemAreasForSettings } from "@/server/problem-areas/problem-area.queries";
import { renameProblemArea } from "@/server/problem-areas/rename-problem-area";
import { setProblemAreaArchived } from "@/server/problem-areas/set-problem-area-archived";
import { listInboxAreas } from "@/server/inbox/resolve-inbox-view";
import { getTicketFormOptions } from "@/server/tickets/ticket-form-options";
import { updateTicket } from "@/server/tickets/update-ticket";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import enTickets from "@/i18n/messages/en/tickets.json";
import elTickets from "@/i18n/messages/el/tickets.json";
import etTickets from "@/i18n/messages/et/tickets.json";
import { rejection, silentLog, workspaceWithRoles } from "../helpers/context";

let ws: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let light: Ctx;
let otherAdmin: Ctx;

const tr = {
  en: createTranslator({ locale: "en", messages: { tickets: enTickets }, namespace: "tickets" }),
  el: createTranslator({ locale: "el", messages: { tickets: elTickets }, namespace: "tickets" }),
  et: createTranslator({ locale: "et", messages: { tickets: etTickets }, namespace: "tickets" }),
};
const label = (area: Parameters<typeof areaLabel>[1], locale: keyof typeof tr) => areaLabel(tr[locale] as (k: string) => string, area, locale);

beforeAll(async () => {
  ({ ws, admin, agent, light, otherAdmin } = await workspaceWithRoles());
});

afterAll(async () => {
  await disconnectDb();
  await closePgPool();
});

async function areaByKey(key: string) {
  return db().problemArea.findUniqueOrThrow({ where: { workspaceId_key: { workspaceId: ws.id, key } } });
}

async function lastEvent() {
  return db().auditEvent.findFirstOrThrow({ where: { workspaceId: ws.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

describe("adding an area", () => {
  it("makes its key from the English name, puts it last and records the event", async () => {
    const before = await listProblemAreasForSettings(admin);
    const made = await createProblemArea(admin, { names: { en: "Warranty claims", el: "Εγγυήσεις", ar: "  " } });
    expect(made.key).toBe("warranty_claims");
    const rows = await listProblemAreasForSettings(admin);
    expect(rows.at(-1)).toMatchObject({ key: "warranty_claims", name: "Warranty claims", names: { en: "Warranty claims", el: "Εγγυήσεις" }, archived: false, tickets: 0 });
    expect(rows).toHaveLength(before.length + 1);
    expect(await lastEvent()).toMatchObject({
      action: "problem_area.created",
      targetType: "problem_area",
      targetId: made.id,
      after: { key: "warranty_claims", "names.en": "Warranty claims", "names.el": "Εγγυήσεις" },
    });
  });

  it("gives a name without Latin letters a generic key, numbered when taken", async () => {
    const first = await createProblemArea(admin, { names: { el: "Δωροκάρτες εταιρειών" } });
    const second = await createProblemArea(admin, { names: { ar: "بطاقات الشركات" } });
    expect(first.key).toBe("area");
    expect(second.key).toBe("area_2");
  });

  it("needs a name in at least one language, and no active area with the same name in that language", async () => {
    expect(await rejection(createProblemArea(admin, { names: { en: " ", el: "" } }))).toMatchObject({ code: "VALIDATION", fieldIssues: { names: { code: "required" } } });
    expect(await rejection(createProblemArea(admin, { names: { el: "εγγυήσεις" } }))).toMatchObject({ code: "VALIDATION", fieldIssues: { "names.el": { code: "nameTaken" } } });
    expect(await rejection(createProblemArea(admin, { names: { en: "x".repeat(81) } }))).toMatchObject({ code: "VALIDATION", fieldIssues: { "names.en": { code: "tooLong", bound: 80 } } });
    expect(await rejection(createProblemArea(admin, { names: { de: "Garantie" } as never }))).toMatchObject({ code: "VALIDATION" });
  });
});

describe("authorization and tenancy", () => {
  it("agents and light agents cannot change areas", async () => {
    const area = await areaByKey("returns");
    for (const ctx of [agent, light]) {
      expect((await rejection(createProblemArea(ctx, { names: { en: "Nope" } }))).code).toBe("FORBIDDEN");
      expect((await rejection(renameProblemArea(ctx, { areaId: area.id, names: { en: "Nope" } }))).code).toBe("FORBIDDEN");
      expect((await rejection(moveProblemArea(ctx, { areaId: area.id, direction: "down" }))).code).toBe("FORBIDDEN");
      expect((await rejection(setProblemAreaArchived(ctx, { areaId: area.id, archived: true }))).code).toBe("FORBIDDEN");
      expect((await rejection(listProblemAreasForSettings(ctx))).code).toBe("FORBIDDEN");
    }
  });

  it("another workspace's admin gets NOT_FOUND and changes nothing", async () => {
    const area = await areaByKey("refunds");
    expect((await rejection(renameProblemArea(otherAdmin, { areaId: area.id, names: { en: "Stolen" } }))).code).toBe("NOT_FOUND");
    expect((await rejection(moveProblemArea(otherAdmin, { areaId: area.id, direction: "up" }))).code).toBe("NOT_FOUND");
    expect((await rejection(setProblemAreaArchived(otherAdmin, { areaId: area.id, archived: true }))).code).toBe("NOT_FOUND");
    expect(await areaByKey("refunds")).toMatchObject({ names: {}, archivedAt: null, position: area.position });
  });
});

describe("renaming per language", () => {
  it("shows the reader's language, else the default language's name, else the catalog name", async () => {
    const returns = await areaByKey("returns");
    // A built-in area without names of its own: the catalog, in each language.
    const [plain] = (await listInboxAreas(admin)).filter((a) => a.key === "returns");
    expect(label(plain!, "el")).toBe(elTickets.area.returns);

    await renameProblemArea(admin, { areaId: returns.id, names: { el: "Επιστροφές προϊόντων" } });
    let [area] = (await listInboxAreas(admin)).filter((a) => a.key === "returns");
    expect(label(area!, "el")).toBe("Επιστροφές προϊόντων");
    // The default language (en) has no name of its own: other languages keep the catalog's.
    expect(label(area!, "et")).toBe(etTickets.area.returns);
    expect(label(area!, "en")).toBe(enTickets.area.returns);

    await renameProblemArea(admin, { areaId: returns.id, names: { en: "Returns and repairs", el: "Επιστροφές προϊόντων" } });
    [area] = (await listInboxAreas(admin)).filter((a) => a.key === "returns");
    expect(label(area!, "en")).toBe("Returns and repairs");
    expect(label(area!, "et")).toBe("Returns and repairs");
    expect(label(area!, "el")).toBe("Επιστροφές προϊόντων");
    expect(await areaByKey("returns")).toMatchObject({ key: "returns", name: "Returns and repairs" });
    expect(await lastEvent()).toMatchObject({
      action: "problem_area.renamed",
      targetId: returns.id,
      before: { "names.en": null },
      after: { "names.en": "Returns and repairs" },
    });
  });

  it("the contact form shows customers the name in their language", async () => {
    const page = await contactFormPage(ws.slug, db());
    const area = page!.areas.find((a) => a.key === "returns")!;
    expect(label(area, "el")).toBe("Επιστροφές προϊόντων");
    expect(label(area, "en")).toBe("Returns and repairs");
  });

  it("refuses an unknown area and a name taken by another active area", async () => {
    expect((await rejection(renameProblemArea(admin, { areaId: "01900000-0000-7000-8000-000000000000", names: { en: "Ghost" } }))).code).toBe("NOT_FOUND");
    const refunds = await areaByKey("refunds");
    expect(await rejection(renameProblemArea(admin, { areaId: refunds.id, names: { en: "returns and repairs" } }))).toMatchObject({ fieldIssues: { "names.en": { code: "nameTaken" } } });
  });
});

describe("reordering", () => {
  it("moves an area one place, renumbers positions and logs it; the ends do not move", async () => {
    const before = await listProblemAreasForSettings(admin);
    const second = before[1]!;
    await moveProblemArea(admin, { areaId: second.id, direction: "up" });
    const after = await listProblemAreasForSettings(admin);
    expect(after.map((a) => a.id)).toEqual([second.id, before[0]!.id, ...before.slice(2).map((a) => a.id)]);
    expect(after.map((a) => a.position)).toEqual(after.map((_, i) => i));
    expect(await lastEvent()).toMatchObject({ action: "problem_area.reordered", targetId: second.id, before: { position: 2 }, after: { position: 1 } });
    // The ticket select and the contact form follow the new order.
    expect((await getTicketFormOptions(admin)).areas[0]!.key).toBe(second.key);
    expect((await contactFormPage(ws.slug, db()))!.areas[0]!.key).toBe(second.key);

    const events = await db().auditEvent.count({ where: { workspaceId: ws.id } });
    await moveProblemArea(admin, { areaId: second.id, direction: "up" });
    await moveProblemArea(admin, { areaId: after.at(-1)!.id, direction: "down" });
    expect((await listProblemAreasForSettings(admin)).map((a) => a.id)).toEqual(after.map((a) => a.id));
    expect(await db().auditEvent.count({ where: { workspaceId: ws.id } })).toBe(events);
  });
});

describe("archiving", () => {
  it("keeps the area on its tickets but offers and accepts it nowhere new, until unarchived", async () => {
    const area = await areaByKey("gift_cards");
    const customer = await makeCustomer(db(), ws.id);
    const ticket = await makeTicket(db(), ws, { customer, areaKey: "gift_cards" });
    const other = await makeTicket(db(), ws, { customer, areaKey: "refunds" });

    await setProblemAreaArchived(admin, { areaId: area.id, archived: true });
    expect(await lastEvent()).toMatchObject({ action: "problem_area.archived", targetId: area.id, before: { archived: false }, after: { archived: true } });
    expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).problemAreaId).toBe(area.id);
    expect((await listProblemAreasForSettings(admin)).find((a) => a.id === area.id)).toMatchObject({ archived: true, tickets: 1 });

    expect((await getTicketFormOptions(admin)).areas.map((a) => a.key)).not.toContain("gift_cards");
    expect((await listInboxAreas(admin)).map((a) => a.key)).not.toContain("gift_cards");
    expect((await contactFormPage(ws.slug, db()))!.areas.map((a) => a.key)).not.toContain("gift_cards");
    expect(await rejection(updateTicket(admin, { ticketNumber: other.number, area: "gift_cards" }))).toMatchObject({ code: "VALIDATION" });
    const shown = new Date(Date.now() - 20_000);
    const form = {
      workspace: ws.slug,
      locale: "en" as const,
      formToken: issueFormToken(ws.id, shown).token,
      name: "Ann Buyer",
      email: "ann.archived@example.com",
      area: "gift_cards",
      subject: "My gift card",
      message: "It does not work at the checkout.",
    };
    expect(await rejection(submitContactForm(db(), form, { address: "198.51.100.77" }, silentLog))).toMatchObject({ code: "VALIDATION", fieldIssues: { area: { code: "invalid" } } });

    // Archiving twice changes and logs nothing more.
    const events = await db().auditEvent.count({ where: { workspaceId: ws.id } });
    await setProblemAreaArchived(admin, { areaId: area.id, archived: true });
    expect(await db().auditEvent.count({ where: { workspaceId: ws.id } })).toBe(events);

    // A help-center article keeps an area archived after it was given, but no article gets it anew.
    const category = await createHelpCategory(admin, { translations: { en: { name: "Gift cards" } } });
    await setProblemAreaArchived(admin, { areaId: area.id, archived: false });
    const article = await createArticle(admin, { categoryId: category.id, areas: ["gift_cards"], content: { locale: "en", title: "Gift card balance", bodyHtml: "<p>On the card.</p>" } });
    await setProblemAreaArchived(admin, { areaId: area.id, archived: true });
    await updateArticle(admin, { articleId: article.articleId, areas: ["gift_cards", "refunds"] });
    expect(await db().articleArea.count({ where: { articleId: article.articleId } })).toBe(2);
    expect(await rejection(createArticle(admin, { categoryId: category.id, areas: ["gift_cards"], content: { locale: "en", title: "Another", bodyHtml: "<p>x</p>" } }))).toMatchObject({
      code: "VALIDATION",
    });

    await setProblemAreaArchived(admin, { areaId: area.id, archived: false });
    expect(await lastEvent()).toMatchObject({ action: "problem_area.unarchived", targetId: area.id });
    expect((await getTicketFormOptions(admin)).areas.map((a) => a.key)).toContain("gift_cards");
    await updateTicket(admin, { ticketNumber: other.number, area: "gift_cards" });
  });
});
