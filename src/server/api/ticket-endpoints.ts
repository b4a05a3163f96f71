// Tickets over the REST API: list, get, create, update. Thin: parse (done by apiRoute), call the
// same use cases as the server actions, serialize.
import { inTransaction } from "@/server/context";
import { createTicket } from "@/server/tickets/create-ticket";
import { lockTicketForUpdate } from "@/server/tickets/lock-ticket";
import { updateTicket } from "@/server/tickets/update-ticket";
import { updateTicketCc } from "@/server/tickets/update-ticket-cc";
import { AppError, isAppError } from "@/server/errors";
import {
  ApiTicket,
  ApiTicketList,
  CreateTicketBody,
  ListTicketsQuery,
  TicketParams,
  UpdateTicketBody,
  toDbChannel,
  toDbPriority,
  toDbStatus,
} from "./api.schemas";
import { currentTagNames, getApiTicket, listApiTickets, memberIdByEmail } from "./api-ticket.queries";
import { etag, expectedVersion } from "./expected-version";
import { defineEndpoint } from "./route";

export const listTicketsEndpoint = defineEndpoint({
  method: "GET",
  path: "/tickets",
  operationId: "listTickets",
  summary: "List tickets, most recent activity first (keyset pagination)",
  tag: "Tickets",
  auth: true,
  query: ListTicketsQuery,
  response: ApiTicketList,
  errors: [422],
  handler: async ({ ctx, query }) => ({ data: await listApiTickets(ctx, query) }),
});

export const getTicketEndpoint = defineEndpoint({
  method: "GET",
  path: "/tickets/{number}",
  operationId: "getTicket",
  summary: "Get a ticket by its number",
  tag: "Tickets",
  auth: true,
  params: TicketParams,
  response: ApiTicket,
  errors: [404],
  handler: async ({ ctx, params }) => {
    const ticket = await getApiTicket(ctx, params.number);
    return { data: ticket, headers: { ETag: etag(ticket.version) } };
  },
});

export const createTicketEndpoint = defineEndpoint({
  method: "POST",
  path: "/tickets",
  operationId: "createTicket",
  summary: "Create a ticket with its first customer message",
  tag: "Tickets",
  auth: true,
  body: CreateTicketBody,
  response: ApiTicket,
  status: 201,
  errors: [400, 422],
  handler: async ({ ctx, body }) => {
    const created = await createTicket(ctx, {
      subject: body.subject,
      customer: { email: body.customer.email, ...(body.customer.name ? { name: body.customer.name } : {}) },
      message: body.message,
      ...(body.channel ? { channel: toDbChannel(body.channel) } : {}),
      ...(body.priority ? { priority: toDbPriority(body.priority) } : {}),
      ...(body.area ? { area: body.area } : {}),
      ...(body.orderNumber ? { orderNumber: body.orderNumber } : {}),
      ...(body.teamId ? { team: body.teamId } : {}),
    }).catch(teamAsTeamId);
    const ticket = await getApiTicket(ctx, created.number);
    return { data: ticket, headers: { Location: `/api/v1/tickets/${ticket.number}`, ETag: etag(ticket.version) } };
  },
});

/** The use cases name the field `team`; the API's is `teamId`. */
function teamAsTeamId(e: unknown): never {
  if (isAppError(e) && e.code === "VALIDATION" && e.fields?.team) {
    throw new AppError("VALIDATION", e.message, { fields: { teamId: e.fields.team }, ...(e.fieldIssues?.team ? { fieldIssues: { teamId: e.fieldIssues.team } } : {}) });
  }
  throw e;
}

export const updateTicketEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/tickets/{number}",
  operationId: "updateTicket",
  summary: "Change status, priority, assignee, team, problem area, tags or Cc addresses (send `version` or If-Match for a 409 when stale)",
  tag: "Tickets",
  auth: true,
  params: TicketParams,
  body: UpdateTicketBody,
  response: ApiTicket,
  errors: [400, 404, 409, 422],
  handler: async ({ ctx, params, body, request }) => {
    const version = expectedVersion(request, body.version);
    await inTransaction(ctx, async (tx) => {
      // Locked first, so a foreign number is 404 before anything else, and the tag diff below is
      // computed on the tags the update then changes.
      const ticket = await lockTicketForUpdate(tx.db, tx.workspace.id, params.number);
      const assignee = body.assignee === undefined || body.assignee === null ? body.assignee : await memberIdByEmail(tx, body.assignee);
      let addTags: string[] | undefined;
      let removeTags: string[] | undefined;
      if (body.tags) {
        const wanted = new Set(body.tags);
        const now = await currentTagNames(tx, ticket.id);
        addTags = [...wanted].filter((t) => !now.includes(t));
        removeTags = now.filter((t) => !wanted.has(t));
      }
      const updated = await updateTicket(tx, {
        ticketNumber: params.number,
        expectedVersion: version,
        ...(body.status ? { status: toDbStatus(body.status) } : {}),
        ...(body.priority ? { priority: toDbPriority(body.priority) } : {}),
        ...(assignee !== undefined ? { assignee } : {}),
        ...(body.area !== undefined ? { area: body.area } : {}),
        ...(body.teamId !== undefined ? { team: body.teamId } : {}),
        ...(addTags ? { addTags, removeTags } : {}),
      }).catch(teamAsTeamId);
      if (body.cc) {
        const wanted = new Set(body.cc);
        const { ccEmails } = await tx.db.ticket.findUniqueOrThrow({ where: { id: ticket.id, workspaceId: tx.workspace.id }, select: { ccEmails: true } });
        const add = [...wanted].filter((a) => !ccEmails.some((c) => c.trim().toLowerCase() === a));
        const remove = ccEmails.filter((c) => !wanted.has(c.trim().toLowerCase()));
        if (add.length + remove.length > 0) {
          // The field changes above may have moved the version on, in this same transaction.
          await updateTicketCc(tx, { ticketNumber: params.number, expectedVersion: updated.version, add, remove }).catch((e: unknown) => {
            // The use case names its field `add`; the API's field is `cc`.
            if (isAppError(e) && e.code === "VALIDATION" && e.fields?.add) throw new AppError("VALIDATION", e.message, { fields: { cc: e.fields.add } });
            throw e;
          });
        }
      }
    });
    const ticket = await getApiTicket(ctx, params.number);
    return { data: ticket, headers: { ETag: etag(ticket.version) } };
  },
});
