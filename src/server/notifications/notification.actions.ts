"use server";
// The bell's server action: mark notifications read, then re-render the agent pages (the layout
// holds the bell).
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { markNotificationsRead } from "./mark-notifications-read";
import { MarkNotificationsReadInput } from "./notification.schemas";

const markRead = agentAction(MarkNotificationsReadInput, (ctx, input) => markNotificationsRead(ctx, input));

export async function markNotificationsReadAction(slug: string, input: MarkNotificationsReadInput): Promise<ActionResult<{ marked: number }>> {
  const result = await markRead(slug, input);
  if (result.ok) revalidatePath(`/${slug}`, "layout");
  return result;
}
