// Mailboxes over the REST API (admin tokens only; an agent token gets 403): list, get, create,
// change, delete. Thin: the use cases check the role, scope to the token's workspace and never
// return a password.
import { z } from "zod";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { deleteMailbox } from "@/server/mailboxes/delete-mailbox";
import { getMailbox, listMailboxes } from "@/server/mailboxes/list-mailboxes";
import { CreatedMailboxView, CreateMailboxInput, MailboxListView, MailboxView, UpdateMailboxBody } from "@/server/mailboxes/mailbox.schemas";
import { text } from "@/lib/validation";
import { CONNECTION_FAILURE_CODES } from "@/server/mailboxes/connection-failure";
import { testMailboxConnection } from "@/server/mailboxes/test-mailbox-connection";
import { updateMailbox } from "@/server/mailboxes/update-mailbox";
import { defineEndpoint } from "./route";

const MailboxParams = z.object({ id: z.uuid() });

export const listMailboxesEndpoint = defineEndpoint({
  method: "GET",
  path: "/mailboxes",
  operationId: "listMailboxes",
  summary: "List the workspace's mailboxes, the default first (admin token)",
  tag: "Mailboxes",
  auth: true,
  response: MailboxListView,
  errors: [403],
  handler: async ({ ctx }) => ({ data: { data: await listMailboxes(ctx) } }),
});

export const createMailboxEndpoint = defineEndpoint({
  method: "POST",
  path: "/mailboxes",
  operationId: "createMailbox",
  summary: "Add a mailbox; the answer carries its inbound secret, shown this once (admin token)",
  tag: "Mailboxes",
  auth: true,
  body: CreateMailboxInput,
  response: CreatedMailboxView,
  status: 201,
  errors: [400, 403, 422],
  handler: async ({ ctx, body }) => {
    const created = await createMailbox(ctx, body);
    return { data: created, headers: { Location: `/api/v1/mailboxes/${created.id}` } };
  },
});

export const getMailboxEndpoint = defineEndpoint({
  method: "GET",
  path: "/mailboxes/{id}",
  operationId: "getMailbox",
  summary: "Get a mailbox: settings without passwords, and its status (admin token)",
  tag: "Mailboxes",
  auth: true,
  params: MailboxParams,
  response: MailboxView,
  errors: [403, 404],
  handler: async ({ ctx, params }) => ({ data: await getMailbox(ctx, { mailboxId: params.id }) }),
});

export const updateMailboxEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/mailboxes/{id}",
  operationId: "updateMailbox",
  summary: "Change a mailbox; imap/smtp merge over the stored settings, a password is replaced only when sent (admin token)",
  tag: "Mailboxes",
  auth: true,
  params: MailboxParams,
  body: UpdateMailboxBody,
  response: MailboxView,
  errors: [400, 403, 404, 422],
  handler: async ({ ctx, params, body }) => ({ data: await updateMailbox(ctx, { ...body, mailboxId: params.id }) }),
});

export const deleteMailboxEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/mailboxes/{id}",
  operationId: "deleteMailbox",
  summary: "Delete a mailbox; its tickets stay. When it was the default, the oldest other mailbox becomes it (admin token)",
  tag: "Mailboxes",
  auth: true,
  params: MailboxParams,
  response: z.object({ id: z.uuid(), deleted: z.literal(true), newDefaultId: z.uuid().nullable() }),
  errors: [403, 404],
  handler: async ({ ctx, params }) => {
    const { id, newDefaultId } = await deleteMailbox(ctx, { mailboxId: params.id });
    return { data: { id, deleted: true as const, newDefaultId } };
  },
});

const Check = z
  .union([
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), code: z.enum(CONNECTION_FAILURE_CODES), message: text() }),
  ])
  .nullable()
  .describe("null when the mailbox has no settings for this server");

export const testMailboxEndpoint = defineEndpoint({
  method: "POST",
  path: "/mailboxes/{id}/test",
  operationId: "testMailboxConnection",
  summary: "Test connection: IMAP login and folder, SMTP login; nothing is fetched or sent (admin token)",
  tag: "Mailboxes",
  auth: true,
  params: MailboxParams,
  response: z.object({ imap: Check, smtp: Check }),
  errors: [403, 404],
  handler: async ({ ctx, params }) => ({ data: await testMailboxConnection(ctx, { mailboxId: params.id }) }),
});
