"use server";
// Server actions of the mailbox settings pages: thin wrappers over the use cases, which check
// the admin role. Each change re-renders the list (and the inbox, whose banner names failing
// mailboxes).
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { createMailbox } from "./create-mailbox";
import { deleteMailbox } from "./delete-mailbox";
import { rotateInboundSecret } from "./rotate-inbound-secret";
import { testMailboxConnection } from "./test-mailbox-connection";
import { updateMailbox } from "./update-mailbox";
import { CreateMailboxInput, MailboxIdInput, UpdateMailboxInput } from "./mailbox.schemas";

const create = agentAction(CreateMailboxInput, createMailbox);
const update = agentAction(UpdateMailboxInput, updateMailbox);
const remove = agentAction(MailboxIdInput, deleteMailbox);
const rotate = agentAction(MailboxIdInput, rotateInboundSecret);
const test = agentAction(MailboxIdInput, testMailboxConnection);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath(`/${slug}/settings/mailboxes`, "layout");
    revalidatePath(`/${slug}/inbox`);
  }
  return result;
}

/** Returns the new mailbox with its inbound secret, which the page shows exactly once. */
export async function createMailboxAction(workspaceSlug: string, input: CreateMailboxInput) {
  return revalidated(workspaceSlug, await create(workspaceSlug, input));
}

export async function updateMailboxAction(workspaceSlug: string, input: UpdateMailboxInput) {
  return revalidated(workspaceSlug, await update(workspaceSlug, input));
}

export async function deleteMailboxAction(workspaceSlug: string, input: MailboxIdInput) {
  return revalidated(workspaceSlug, await remove(workspaceSlug, input));
}

/** Returns the new inbound secret, shown once. */
export async function rotateInboundSecretAction(workspaceSlug: string, input: MailboxIdInput) {
  return rotate(workspaceSlug, input);
}

/** Logs in to the mailbox's servers; changes nothing. */
export async function testMailboxConnectionAction(workspaceSlug: string, input: MailboxIdInput) {
  return test(workspaceSlug, input);
}
