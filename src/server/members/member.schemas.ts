import { z } from "zod";
import { EmailSchema, LocaleSchema, MemberRoleSchema, PersonNameSchema, text } from "@/lib/validation";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/password-rules";

export const PasswordSchema = text().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const AddMemberWithPasswordInput = z.object({
  email: EmailSchema,
  name: PersonNameSchema,
  role: MemberRoleSchema,
  password: PasswordSchema,
  locale: LocaleSchema.optional(),
});
export type AddMemberWithPasswordInput = z.input<typeof AddMemberWithPasswordInput>;

/** Invitation tokens are 32 random bytes in base64url (43 characters). */
export const InvitationTokenSchema = text()
  .trim()
  .min(40)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "is not an invitation token");

const MemberIdSchema = z.uuid();

export const InviteMemberInput = z.object({
  email: EmailSchema,
  role: MemberRoleSchema,
});
export type InviteMemberInput = z.input<typeof InviteMemberInput>;

export const RevokeInvitationInput = z.object({ invitationId: z.uuid() });
export type RevokeInvitationInput = z.input<typeof RevokeInvitationInput>;

export const GetInvitationInput = z.object({ token: InvitationTokenSchema });
export type GetInvitationInput = z.input<typeof GetInvitationInput>;

/**
 * A new user chooses a name and a password (at least PASSWORD_MIN_LENGTH, checked by the use
 * case so that its answer can name the field). An address that already has an account never
 * joins this way: its owner signs in and uses JoinWithInvitationInput.
 */
export const AcceptInvitationInput = z.object({
  token: InvitationTokenSchema,
  name: PersonNameSchema.optional(),
  password: text().min(1).max(PASSWORD_MAX_LENGTH),
});
export type AcceptInvitationInput = z.input<typeof AcceptInvitationInput>;

/** The signed-in user accepts an invitation to their own address. */
export const JoinWithInvitationInput = z.object({ token: InvitationTokenSchema });
export type JoinWithInvitationInput = z.input<typeof JoinWithInvitationInput>;

export const ListMembersInput = z
  .object({ status: z.enum(["all", "active", "deactivated"]).default("all") })
  .default({ status: "all" });
export type ListMembersInput = z.input<typeof ListMembersInput>;

export const ChangeMemberRoleInput = z.object({ memberId: MemberIdSchema, role: MemberRoleSchema });
export type ChangeMemberRoleInput = z.input<typeof ChangeMemberRoleInput>;

export const MemberIdInput = z.object({ memberId: MemberIdSchema });
export type MemberIdInput = z.input<typeof MemberIdInput>;

/** Away or back: a member for themselves (no memberId), an admin for anyone of the workspace. */
export const SetMemberAwayInput = z.object({ memberId: MemberIdSchema.optional(), away: z.boolean() });
export type SetMemberAwayInput = z.input<typeof SetMemberAwayInput>;
