"use server";
// Server actions of the members settings page and the public invitation page. Thin: the
// wrappers resolve the member (agentAction) and the use cases check roles and rules.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { agentAction, runAction, type ActionResult } from "@/server/action";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { AppError } from "@/server/errors";
import { getSessionUser } from "@/server/auth/session";
import { clientIp } from "@/server/http/client-address";
import { acceptInvitation, joinWithInvitation } from "./accept-invitation";
import { changeMemberRole } from "./change-member-role";
import { deactivateMember } from "./deactivate-member";
import { inviteMember, type InvitedMember } from "./invite-member";
import {
  type AcceptInvitationInput,
  type JoinWithInvitationInput,
  ChangeMemberRoleInput,
  InviteMemberInput,
  MemberIdInput,
  RevokeInvitationInput,
  SetMemberAwayInput,
} from "./member.schemas";
import { setMemberAway, type SetMemberAwayResult } from "./set-member-away";
import { reactivateMember } from "./reactivate-member";
import { revokeInvitation } from "./revoke-invitation";

const invite = agentAction(InviteMemberInput, inviteMember);
const revoke = agentAction(RevokeInvitationInput, revokeInvitation);
const changeRole = agentAction(ChangeMemberRoleInput, changeMemberRole);
const deactivate = agentAction(MemberIdInput, deactivateMember);
const reactivate = agentAction(MemberIdInput, reactivateMember);
const setAway = agentAction(SetMemberAwayInput, setMemberAway);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}/settings/members`);
  return result;
}

/** Returns the one-time invitation link, which the page shows to the admin to copy. */
export async function inviteMemberAction(
  workspaceSlug: string,
  input: InviteMemberInput,
): Promise<ActionResult<InvitedMember>> {
  return revalidated(workspaceSlug, await invite(workspaceSlug, input));
}

export async function revokeInvitationAction(workspaceSlug: string, input: RevokeInvitationInput) {
  return revalidated(workspaceSlug, await revoke(workspaceSlug, input));
}

export async function changeMemberRoleAction(workspaceSlug: string, input: ChangeMemberRoleInput) {
  return revalidated(workspaceSlug, await changeRole(workspaceSlug, input));
}

export async function deactivateMemberAction(workspaceSlug: string, input: MemberIdInput) {
  return revalidated(workspaceSlug, await deactivate(workspaceSlug, input));
}

export async function reactivateMemberAction(workspaceSlug: string, input: MemberIdInput) {
  return revalidated(workspaceSlug, await reactivate(workspaceSlug, input));
}

/**
 * Public: accepts an invitation by its token with a new account. Returns the address so the page
 * can sign the user in with the password they just typed, and the workspace to go to afterwards.
 */
export async function acceptInvitationAction(
  input: AcceptInvitationInput,
): Promise<ActionResult<{ email: string; workspaceSlug: string }>> {
  return runAction(async (requestId) => {
    const accepted = await acceptInvitation(db(), logger.child({ requestId }), input, clientIp(await headers()));
    return { email: accepted.email, workspaceSlug: accepted.workspaceSlug };
  });
}

/** The signed-in user accepts an invitation to their own address; returns the workspace to open. */
export async function joinWithInvitationAction(
  input: JoinWithInvitationInput,
): Promise<ActionResult<{ workspaceSlug: string }>> {
  return runAction(async (requestId) => {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    const joined = await joinWithInvitation(db(), logger.child({ requestId }), input, user, clientIp(await headers()));
    return { workspaceSlug: joined.workspaceSlug };
  });
}

/** Away or back (the user menu for oneself; the members page for admins): every page shows it. */
export async function setMemberAwayAction(workspaceSlug: string, input: SetMemberAwayInput): Promise<ActionResult<SetMemberAwayResult>> {
  const result = await setAway(workspaceSlug, input);
  if (result.ok) revalidatePath(`/${workspaceSlug}`, "layout");
  return result;
}
