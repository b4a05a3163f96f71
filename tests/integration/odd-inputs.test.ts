// Odd inputs must be refused or cleaned (4xx), never a 500 or a raw database error: a NUL
// character (U+0000, which PostgreSQL refuses in text) in every text field of every REST API
// route and every server action, and keyset cursors dated year 0000. The routes and actions are
// enumerated from the source tree, so a new one without a case here fails this test.
// Pages and next-auth's endpoints are driven through the production build by e2e/odd-inputs.spec.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ApiRouteHandler } from "@/server/api/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import type { ActionResult } from "@/server/action";
import { loadMemberContext } from "@/server/auth/member-context";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { AppError } from "@/server/errors";
import { closePgPool } from "@/server/pg-pool";
import { PORTAL_COOKIE } from "@/server/portal/portal-auth";
import { startPortalSession } from "@/server/portal/portal-sessions";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, silentLog } from "../helpers/context";

// Server actions outside a request: the session is the admin below (resolved for the slug the
// action receives, as the real wrapper does), and revalidation is a no-op.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string } }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// The request's headers and cookies: none but the customer portal's session cookie (set below),
// so the portal's actions run as a signed-in customer.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}));
vi.mock("@/server/auth/session", () => ({
  requireMemberAction: async (slug: string) => {
    if (!session.user) throw new AppError("UNAUTHENTICATED");
    const ctx = await loadMemberContext(db(), silentLog, session.user, slug);
    if (!ctx) throw new AppError("NOT_FOUND");
    return ctx;
  },
  getSessionUser: async () => null,
}));

const NUL = "\u0000";
/** The customer portal's actions taking (previous state, FormData). */
const PORTAL_FORMS = new Set(["requestPortalLinkAction", "signInWithLinkAction", "addPortalReplyAction", "closeOwnTicketAction"]);
/** What a leaked database or ORM error looks like in a body. */
const RAW_DB_ERROR = /invalid byte sequence|0x00|prisma|sqlstate|out of range for type|postgres|violates|\bat .*\.(ts|js):\d+/i;

const apiRoutes = import.meta.glob<Record<string, unknown>>("../../src/app/api/**/route.ts");
const actionModules = import.meta.glob<Record<string, unknown>>("../../src/server/**/*.actions.ts");

let ws: CreatedWorkspace;
let admin: MadeMember;
let adminCtx: Ctx;
let token: string;
let ticketNumber: number;
let otherTicketNumber: number;
let customerId: string;
let agent: MadeMember;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  admin = await makeMember(db(), ws, { role: "ADMIN" });
  agent = await makeMember(db(), ws, { role: "AGENT" });
  adminCtx = await memberCtx(ws, admin);
  session.user = { id: admin.userId, email: admin.email, name: admin.name };
  // An admin token, so the admin endpoints (mailboxes) read their input too instead of answering 403.
  token = (await createApiToken(adminCtx, { name: "odd-inputs", role: "ADMIN" })).token;
  const customer = await makeCustomer(db(), ws.id);
  customerId = customer.id;
  ticketNumber = (await makeTicket(db(), ws, { customer, messages: [{ kind: "INBOUND", text: "Hello" }] })).number;
  otherTicketNumber = (await makeTicket(db(), ws, { customer, messages: [{ kind: "INBOUND", text: "Again" }] })).number;
  jar.set(PORTAL_COOKIE, (await startPortalSession(db(), ws.id, customer.id)).token);
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

/** Every variant of `value` with a NUL put into one of its strings (at the start, middle and end). */
function withNul(value: unknown): unknown[] {
  if (typeof value === "string") return [NUL + value, value.slice(0, 1) + NUL + value.slice(1), value + NUL, NUL];
  if (Array.isArray(value)) return value.flatMap((v, i) => withNul(v).map((x) => value.map((y, j) => (i === j ? x : y))));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => withNul(v).map((x) => ({ ...value, [k]: x })));
  }
  return [];
}

/** base64url JSON cursors of both shapes (REST lists and the inbox), dated year 0000 and 10000. */
function oddCursors(): string[] {
  const id = "01900000-0000-7000-8000-000000000000";
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v), "utf8").toString("base64url");
  return ["0000-01-01T00:00:00.000Z", "0000-12-31T23:59:59Z", "+010000-01-01T00:00:00.000Z"].flatMap((at) => [
    enc([at, id]),
    enc({ s: "activity", at, id }),
    enc({ s: "created", at, id }),
    enc({ s: "priority", p: "NORMAL", at, id }),
  ]);
}

type Probe = { status: number; text: string };

async function callRoute(handler: ApiRouteHandler, method: string, url: string, params: Record<string, string>, body?: unknown): Promise<Probe> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await handler(new Request(`http://localhost/api/v1${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  return { status: res.status, text: await res.text() };
}

function expectClean(p: Probe, what: string) {
  expect(p.status, `${what}: ${p.text}`).toBeLessThan(500);
  expect(p.text, what).not.toMatch(RAW_DB_ERROR);
}

describe("REST API routes", () => {
  // A valid request per operation; each string in it (query, path or body) gets a NUL in turn.
  const samples: Record<string, () => { params?: Record<string, string>; query?: Record<string, string>; body?: unknown }> = {
    listTickets: () => ({ query: { status: "open", assignee: "none", priority: "normal", area: "billing", tag: "vip", channel: "email", q: "hello", limit: "5", cursor: "abc" } }),
    createTicket: () => ({ body: { subject: "Where is my order", customer: { email: "odd@example.com", name: "Odd" }, message: { text: "Hi" }, area: "billing" } }),
    getTicket: () => ({ params: { number: String(ticketNumber) } }),
    updateTicket: () => ({ params: { number: String(ticketNumber) }, body: { area: "billing", tags: ["vip"], assignee: admin.email } }),
    listMessages: () => ({ params: { number: String(ticketNumber) } }),
    createMessage: () => ({ params: { number: String(ticketNumber) }, body: { kind: "note", text: "A note" } }),
    retryMessageDelivery: () => ({ params: { number: String(ticketNumber), id: "01900000-0000-7000-8000-000000000001" } }),
    moveMessageToNewTicket: () => ({ params: { number: String(ticketNumber), id: "01900000-0000-7000-8000-000000000001" } }),
    listCustomers: () => ({ query: { q: "odd", limit: "5", cursor: "abc" } }),
    getCustomer: () => ({ params: { id: customerId } }),
    getOpenApiDocument: () => ({}),
    listMailboxes: () => ({}),
    createMailbox: () => ({
      body: { name: "Odd", address: "odd.mailbox@example.com", imap: { host: "imap.example.com", port: 993, security: "tls", username: "odd", password: "secret" } },
    }),
    getMailbox: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    updateMailbox: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" }, body: { name: "Odd", smtp: { host: "smtp.example.com", port: 587, security: "starttls" }, autoAcknowledgeTemplates: { en: { subject: "Got it", body: "Hello {{customerName}}" } } } }),
    deleteMailbox: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    testMailboxConnection: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    listCalendars: () => ({}),
    createCalendar: () => ({
      body: { name: "Odd", timeZone: "Europe/Athens", hours: { mon: [["09:00", "17:00"]], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [{ date: "2026-12-25", name: "Christmas" }] },
    }),
    getCalendar: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    updateCalendar: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" }, body: { name: "Odd", timeZone: "Europe/Tallinn", holidays: [{ date: "2026-12-24", name: "Eve" }] } }),
    deleteCalendar: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    listSlaPolicies: () => ({}),
    createSlaPolicy: () => ({
      body: { name: "Odd", position: 1, calendarId: "01900000-0000-7000-8000-000000000001", conditions: { tags: ["vip"], areas: ["billing"], emailDomains: ["example.com"] }, targets: { normal: { firstResponseMinutes: 60, businessHours: true } } },
    }),
    getSlaPolicy: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    updateSlaPolicy: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" }, body: { name: "Odd", conditions: { tags: ["vip"] } } }),
    deleteSlaPolicy: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    postInboundMail: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    getInboundMail: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
    getAttachment: () => ({ params: { id: "01900000-0000-7000-8000-000000000001" } }),
  };

  it("answers a NUL in any text, and year-0000 cursors, with a 4xx or a cleaned success", async () => {
    const seen = new Set<string>();
    for (const [file, load] of Object.entries(apiRoutes)) {
      const mod = await load();
      for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"]) {
        const handler = mod[method] as ApiRouteHandler | undefined;
        if (!handler) continue;
        // The live stream and next-auth need a signed-in browser: e2e/odd-inputs.spec.ts.
        if (!("endpoint" in handler)) {
          expect(file, "a route that is not an API endpoint").toMatch(/\/api\/(live|auth|health|attachments)\//);
          if (file.includes("/api/attachments/")) {
            // A mail's inline image by a signed path: odd ids and signatures are a 4xx, never a 500.
            const image = handler as unknown as (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
            for (const [id, query] of [[`a${NUL}b`, "?sig=x"], ["01900000-0000-7000-8000-000000000000", `?sig=${NUL}&exp=0000`], ["not-a-uuid", ""]] as const) {
              const res = await image(new Request(`http://localhost/api/attachments/x/image${query}`), { params: Promise.resolve({ id }) });
              expect(res.status, `image route with id ${JSON.stringify(id)}`).toBeGreaterThanOrEqual(400);
              expect(res.status).toBeLessThan(500);
            }
          }
          continue;
        }
        const { operationId, path } = handler.endpoint;
        const sample = samples[operationId];
        expect(sample, `a sample request for ${operationId} (${file})`).toBeDefined();
        seen.add(operationId);
        const { params = {}, query = {}, body } = sample!();
        const url = (p: Record<string, string>, q: Record<string, string>) =>
          path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(p[k] ?? "")) + (Object.keys(q).length ? `?${new URLSearchParams(q)}` : "");
        const what = (part: string, v: unknown) => `${method} ${path} ${part} ${JSON.stringify(v)}`;
        for (const p of withNul(params) as Record<string, string>[]) expectClean(await callRoute(handler, method, url(p, query), p, body), what("params", p));
        for (const q of withNul(query) as Record<string, string>[]) expectClean(await callRoute(handler, method, url(params, q), params, body), what("query", q));
        for (const b of withNul(body)) expectClean(await callRoute(handler, method, url(params, query), params, b), what("body", b));
        if ("cursor" in query) {
          for (const cursor of oddCursors()) {
            const res = await callRoute(handler, method, url(params, { ...query, cursor }), params, body);
            expect(res.status, what("cursor", cursor)).toBe(422);
            expect(JSON.parse(res.text).error.fields.cursor).toBeDefined();
          }
        }
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(samples).sort());
  });

  it("stores text without the NUL when the rest of it is valid", async () => {
    const { POST } = (await apiRoutes["../../src/app/api/v1/tickets/route.ts"]!()) as { POST: ApiRouteHandler };
    const res = await callRoute(POST, "POST", "/tickets", {}, { subject: `Bro${NUL}ken`, customer: { email: `nul${NUL}@example.com` }, message: { text: `a${NUL}b` } });
    expect(res.status).toBe(201);
    const created = JSON.parse(res.text);
    expect(created.subject).toBe("Broken");
    expect(created.customer.email).toBe("nul@example.com");
  });
});

describe("server actions", () => {
  // A valid input per action; each string in it (and the workspace slug) gets a NUL in turn.
  const samples: Record<string, () => unknown[]> = {
    createApiTokenAction: () => [ws.slug, { name: "odd token" }],
    revokeApiTokenAction: () => [ws.slug, { name: "odd token" }],
    updateCustomerAction: () => [ws.slug, { customerId, name: "Odd", email: "odd.customer@example.com", phone: "+30 210", locale: "el" }],
    searchCustomersAction: () => [ws.slug, { q: "odd" }],
    bulkUpdateTicketsAction: () => [ws.slug, { ticketNumbers: [ticketNumber], area: "billing", addTags: ["vip"], removeTags: ["old"] }],
    createSavedViewAction: () => [ws.slug, { name: "Odd view", filters: { area: "billing", tag: "vip" } }],
    updateSavedViewAction: () => [ws.slug, { id: "01900000-0000-7000-8000-000000000000", name: "Odd", filters: { tag: "vip" } }],
    deleteSavedViewAction: () => [ws.slug, { id: "01900000-0000-7000-8000-000000000000" }],
    createCannedReplyAction: () => [ws.slug, { title: "Odd reply", folder: "Odd", shared: true, versions: { en: "Hi {{customer.name}}", el: "Γεια" } }],
    updateCannedReplyAction: () => [ws.slug, { id: "01900000-0000-7000-8000-000000000000", title: "Odd", folder: "Odd", versions: { en: "Hi" } }],
    deleteCannedReplyAction: () => [ws.slug, { id: "01900000-0000-7000-8000-000000000000" }],
    searchCannedRepliesAction: () => [ws.slug, { q: "odd", ticketNumber }],
    insertCannedReplyAction: () => [ws.slug, { id: "01900000-0000-7000-8000-000000000000", ticketNumber }],
    inviteMemberAction: () => [ws.slug, { email: "odd.invite@example.com", role: "agent" }],
    revokeInvitationAction: () => [ws.slug, { invitationId: "01900000-0000-7000-8000-000000000000" }],
    changeMemberRoleAction: () => [ws.slug, { memberId: agent.memberId, role: "AGENT" }],
    deactivateMemberAction: () => [ws.slug, { memberId: "01900000-0000-7000-8000-000000000000" }],
    reactivateMemberAction: () => [ws.slug, { memberId: "01900000-0000-7000-8000-000000000000" }],
    acceptInvitationAction: () => [{ token: "x".repeat(43), name: "Odd", password: "long enough password" }],
    // Signed-out here (getSessionUser is null): refused before anything is read.
    joinWithInvitationAction: () => [{ token: "x".repeat(43) }],
    signOutEverywhereAction: () => [],
    changePasswordAction: () => [{ currentPassword: "old password", newPassword: "long enough password", confirmPassword: "long enough password" }],
    undoTicketChangesAction: () => [ws.slug, { items: [{ ticketNumber, expectedVersion: 1, changes: { area: "billing", addTags: ["vip"], removeTags: ["old"] } }] }],
    sendReplyAction: () => [ws.slug, { ticketNumber, text: "A reply", attachments: [{ filename: "odd.txt", contentType: "text/plain", content: new Blob(["odd"]) }] }],
    addNoteAction: () => [ws.slug, { ticketNumber, text: "A note" }],
    retryDeliveryAction: () => [ws.slug, { ticketNumber, messageId: "01900000-0000-7000-8000-000000000000" }],
    updateTicketAction: () => [ws.slug, { ticketNumber, area: "billing", team: "01900000-0000-7000-8000-000000000000", addTags: ["vip"] }],
    updateTicketCcAction: () => [ws.slug, { ticketNumber, add: ["odd.cc@example.com"], remove: ["gone@example.com"] }],
    snoozeTicketAction: () => [ws.slug, { ticketNumber, until: new Date(Date.now() + 86_400_000).toISOString() }],
    moveMessageToNewTicketAction: () => [ws.slug, { ticketNumber, messageId: "01900000-0000-7000-8000-000000000000" }],
    mergeTicketsAction: () => [ws.slug, { sourceNumber: String(otherTicketNumber), targetNumber: String(ticketNumber) }],
    createTicketAction: () => [ws.slug, { subject: "Odd", customer: { email: "odd.new@example.com", name: "Odd", phone: "+30 210", locale: "en" }, message: { text: "Hi" }, tags: ["vip"], area: "billing" }],
    markMentionsSeenAction: () => [ws.slug, { ticketNumber: String(ticketNumber) }],
    markNotificationsReadAction: () => [ws.slug, { ids: ["01900000-0000-7000-8000-000000000000"] }],
    updateWorkspaceSettingsAction: () => [ws.slug, { assignOnFirstReply: true, blockedSenders: ["spam@example.com", "junk.example"] }],
    updateWorkspaceBrandingAction: () => [ws.slug, { helpCenterEnabled: true, accentColor: "#1d4ed8", footerLinks: [{ label: "Returns", url: "https://shop.example.com/returns" }] }],
    // The file's bytes (a Blob, as the browser sends it) carry no text; the slug gets the NUL.
    uploadWorkspaceLogoAction: () => [ws.slug, { logo: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])]) }],
    removeWorkspaceLogoAction: () => [ws.slug, {}],
    updateWorkspaceGeneralAction: () => [ws.slug, { name: "Odd shop", timeZone: "UTC", defaultLocale: "en" }],
    createProblemAreaAction: () => [ws.slug, { names: { en: "Odd area", el: "Περίεργη κατηγορία" } }],
    renameProblemAreaAction: () => [ws.slug, { areaId: "01900000-0000-7000-8000-000000000000", names: { en: "Odd", ar: "غريب" } }],
    moveProblemAreaAction: () => [ws.slug, { areaId: "01900000-0000-7000-8000-000000000000", direction: "up" }],
    setProblemAreaArchivedAction: () => [ws.slug, { areaId: "01900000-0000-7000-8000-000000000000", archived: true }],
    renameTagAction: () => [ws.slug, { tagId: "01900000-0000-7000-8000-000000000000", name: "odd-tag" }],
    deleteTagAction: () => [ws.slug, { tagId: "01900000-0000-7000-8000-000000000000" }],
    recoverSuspendedMailAction: () => [ws.slug, { inboundMailId: "01900000-0000-7000-8000-000000000000" }],
    deleteSuspendedMailAction: () => [ws.slug, { inboundMailId: "01900000-0000-7000-8000-000000000000" }],
    createMailboxAction: () => [ws.slug, { name: "Odd", address: "odd.mailbox@example.com", smtp: { host: "smtp.example.com", port: 587, security: "starttls", fromName: "Odd" } }],
    updateMailboxAction: () => [ws.slug, { mailboxId: "01900000-0000-7000-8000-000000000000", name: "Odd", smtp: { fromName: "Odd" } }],
    deleteMailboxAction: () => [ws.slug, { mailboxId: "01900000-0000-7000-8000-000000000000" }],
    rotateInboundSecretAction: () => [ws.slug, { mailboxId: "01900000-0000-7000-8000-000000000000" }],
    testMailboxConnectionAction: () => [ws.slug, { mailboxId: "01900000-0000-7000-8000-000000000000" }],
    // The agents' help-center pages (issue 16).
    createHelpCategoryAction: () => [ws.slug, { translations: { en: { name: "Odd category", description: "Odd", slug: "odd-category" } } }],
    updateHelpCategoryAction: () => [ws.slug, { id: "01900000-0000-7000-8000-000000000000", translations: { el: { name: "Περίεργη", description: "x", slug: "περίεργη" } } }],
    deleteHelpCategoryAction: () => [ws.slug, { id: "01900000-0000-7000-8000-000000000000" }],
    createArticleAction: () => [ws.slug, { categoryId: "01900000-0000-7000-8000-000000000000", areas: ["billing"], content: { locale: "en", title: "Odd", slug: "odd", description: "Odd", bodyHtml: "<p>Odd</p>", status: "DRAFT" } }],
    saveArticleContentAction: () => [ws.slug, { articleId: "01900000-0000-7000-8000-000000000000", expectedVersion: 1, content: { locale: "el", title: "Odd", bodyHtml: "<p>Odd</p>", status: "PUBLISHED" } }],
    restoreArticleVersionAction: () => [ws.slug, { articleId: "01900000-0000-7000-8000-000000000000", locale: "en", version: 1 }],
    updateArticleAction: () => [ws.slug, { articleId: "01900000-0000-7000-8000-000000000000", promoted: true, areas: ["billing"] }],
    uploadArticleImageAction: () => [ws.slug, { file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])]) }],
    // Business calendars (issue 17); the .ics file's bytes carry no text, the ids and slug get the NUL.
    createCalendarAction: () => [ws.slug, { name: "Odd hours", timeZone: "Europe/Athens", hours: { mon: [["09:00", "17:00"]] }, holidays: [{ date: "2026-12-25", name: "Odd day" }] }],
    updateCalendarAction: () => [ws.slug, { calendarId: "01900000-0000-7000-8000-000000000000", name: "Odd", timeZone: "Europe/Tallinn", hours: { tue: [["22:00", "06:00"]] }, holidays: [{ date: "2026-01-01", name: "Odd" }] }],
    deleteCalendarAction: () => [ws.slug, { calendarId: "01900000-0000-7000-8000-000000000000" }],
    importHolidaysAction: () => [ws.slug, { calendarId: "01900000-0000-7000-8000-000000000000", from: 2026, to: 2027, file: new Blob(["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"]) }],
    // SLA policies (issue 17): names, tags, areas and domains are text; the ids and slug get the NUL too.
    createSlaPolicyAction: () => [ws.slug, { name: "Odd policy", position: 1, calendarId: "01900000-0000-7000-8000-000000000000", conditions: { channels: ["email"], tags: ["vip"], areas: ["billing"], emailDomains: ["example.com"] }, targets: { urgent: { firstResponseMinutes: 60, businessHours: true } }, warnBeforeMinutes: [15] }],
    updateSlaPolicyAction: () => [ws.slug, { policyId: "01900000-0000-7000-8000-000000000000", name: "Odd", conditions: { tags: ["vip"], emailDomains: ["example.com"] } }],
    deleteSlaPolicyAction: () => [ws.slug, { policyId: "01900000-0000-7000-8000-000000000000" }],
    moveSlaPolicyAction: () => [ws.slug, { policyId: "01900000-0000-7000-8000-000000000000", direction: "up" }],
    // Teams (issue 17) and a member's availability.
    createTeamAction: () => [ws.slug, { name: "Odd team", assignmentMode: "ROUND_ROBIN", maxOpenPerAgent: 5, conditions: { channels: ["EMAIL"], areas: ["billing"] }, memberIds: [agent.memberId] }],
    updateTeamAction: () => [ws.slug, { teamId: "01900000-0000-7000-8000-000000000000", name: "Odd", conditions: { areas: ["returns"] }, memberIds: [] }],
    deleteTeamAction: () => [ws.slug, { teamId: "01900000-0000-7000-8000-000000000000" }],
    setMemberAwayAction: () => [ws.slug, { memberId: agent.memberId, away: true }],
    // Parses a closed list of locales before it touches cookies or the database.
    setLocaleAction: () => ["en"],
    // The public contact form (previous state, then its fields as FormData): a token that is not
    // the page's is refused before anything is stored.
    submitContactFormAction: () => [
      { status: "idle", formToken: "" },
      { workspace: ws.slug, locale: "en", formToken: "odd", name: "Odd", email: "odd@example.com", area: "returns", orderNumber: "1001", subject: "Odd", message: "Odd" },
    ],
    // The customer portal's forms (previous state, then the form's fields, sent as FormData below),
    // as the customer of the tickets above, signed in by the cookie set in beforeAll.
    requestPortalLinkAction: () => [{ status: "idle" }, { workspace: ws.slug, locale: "en", email: "odd.portal@example.com" }],
    signInWithLinkAction: () => [{ status: "idle" }, { workspace: ws.slug, locale: "en", token: "x".repeat(43) }],
    addPortalReplyAction: () => [{ status: "idle" }, { workspace: ws.slug, locale: "en", ticketNumber: String(ticketNumber), text: "A portal reply" }],
    closeOwnTicketAction: () => [{ status: "idle" }, { workspace: ws.slug, locale: "en", ticketNumber: String(otherTicketNumber) }],
    signOutOfPortalAction: () => [{ workspace: `${ws.slug}-gone`, locale: "en" }],
  };

  it("answer a NUL in any text (or in the workspace slug) with a form error or a cleaned success", async () => {
    const seen = new Set<string>();
    for (const [file, load] of Object.entries(actionModules)) {
      const mod = await load();
      for (const [name, action] of Object.entries(mod)) {
        if (typeof action !== "function") continue;
        const sample = samples[name];
        expect(sample, `a sample input for ${name} (${file})`).toBeDefined();
        seen.add(name);
        for (const args of withNul(sample!())) {
          const what = `${name}(${JSON.stringify(args)})`;
          if (name === "submitContactFormAction") {
            const [previous, fields] = args as [unknown, Record<string, string>];
            const form = new FormData();
            for (const [k, v] of Object.entries(fields)) form.set(k, v);
            const state = (await (action as (p: unknown, f: FormData) => Promise<{ status: string; code?: string }>)(previous, form)) as { status: string; code?: string };
            // A form error, never a failure of the server.
            expect(state, what).toMatchObject({ status: "error" });
            expect(["invalid", "notFound"], what).toContain(state.code);
            continue;
          }
          if (PORTAL_FORMS.has(name)) {
            const [previous, fields] = args as [unknown, Record<string, string>];
            const form = new FormData();
            for (const [k, v] of Object.entries(fields)) form.set(k, v);
            const state = await (action as (p: unknown, f: FormData) => Promise<{ status: string; code?: string }>)(previous, form);
            // Done (the NUL dropped), or a form error; never a failure of the server.
            expect(["done", "error"], what).toContain(state.status);
            if (state.status === "error") expect(["invalid", "notFound", "signedOut", "rateLimited"], what).toContain(state.code);
            expect(JSON.stringify(state), what).not.toMatch(RAW_DB_ERROR);
            continue;
          }
          if (name === "signOutOfPortalAction") {
            // An unknown workspace: nothing to sign out of, no redirect.
            const [fields] = args as [Record<string, string>];
            const form = new FormData();
            for (const [k, v] of Object.entries(fields)) form.set(k, v);
            await expect((action as (f: FormData) => Promise<void>)(form), what).resolves.toBeUndefined();
            continue;
          }
          if (name === "setLocaleAction") {
            // Anything but a known locale is ignored before cookies() (which needs a request).
            await expect((action as (...a: unknown[]) => Promise<void>)(...(args as unknown[])), what).resolves.toBeUndefined();
            continue;
          }
          const result = (await (action as (...a: unknown[]) => Promise<ActionResult<unknown>>)(...(args as unknown[]))) as ActionResult<unknown>;
          if (!result.ok) expect(result.error.code, `${what}: ${JSON.stringify(result.error)}`).not.toBe("INTERNAL");
          expect(JSON.stringify(result), what).not.toMatch(RAW_DB_ERROR);
        }
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(samples).sort());
  });
});

describe("workspace slugs from the URL", () => {
  it("a slug with a NUL names no workspace", async () => {
    const user = { id: admin.userId, email: admin.email, name: admin.name };
    for (const slug of withNul(ws.slug) as string[]) {
      await expect(loadMemberContext(db(), silentLog, user, slug)).resolves.toBeNull();
    }
  });
});
