// The closed list of audit log actions (src/server/audit/). Safe in the browser: the audit log
// page's filter lists them, and the catalogs name each one (settings.auditLog.actions.*).
export const AUDIT_ACTIONS = [
  "workspace.settings.updated",
  "workspace.general.updated",
  "workspace.branding.updated",
  "workspace.logo.updated",
  "workspace.logo.removed",
  "member.added",
  "member.invited",
  "member.joined",
  "member.role_changed",
  "member.deactivated",
  "member.reactivated",
  "member.availability_changed",
  "invitation.revoked",
  "api_token.created",
  "api_token.revoked",
  "mailbox.created",
  "mailbox.updated",
  "mailbox.deleted",
  "mailbox.inbound_secret_rotated",
  "calendar.created",
  "calendar.updated",
  "calendar.deleted",
  "sla_policy.created",
  "sla_policy.updated",
  "sla_policy.deleted",
  "problem_area.created",
  "problem_area.renamed",
  "problem_area.reordered",
  "problem_area.archived",
  "problem_area.unarchived",
  "tag.renamed",
  "tag.merged",
  "tag.deleted",
  "team.created",
  "team.updated",
  "team.deleted",
  "team.members_changed",
  "canned_reply.created",
  "canned_reply.updated",
  "canned_reply.deleted",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = ["workspace", "member", "invitation", "api_token", "mailbox", "calendar", "sla_policy", "problem_area", "tag", "team", "canned_reply"] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** The prefixes the filter offers: each action's first segment (`member`, `mailbox`…) and its first two. */
export const AUDIT_ACTION_PREFIXES: readonly string[] = [
  ...new Set(AUDIT_ACTIONS.flatMap((a) => {
    const parts = a.split(".");
    return parts.length > 2 ? [parts[0]!, `${parts[0]}.${parts[1]}`] : [parts[0]!];
  })),
];

/** The actions an action filter matches: the action itself, or every action under a prefix. */
export function actionsMatching(filter: string): AuditAction[] {
  return AUDIT_ACTIONS.filter((a) => a === filter || a.startsWith(`${filter}.`));
}

/** A secret (a password) that was set, in an event's `before`: never its value. */
export const SECRET_MARKER = "[secret]";
/** A secret that was set or replaced, in an event's `after`: never its value. */
export const NEW_SECRET_MARKER = "[new secret]";
