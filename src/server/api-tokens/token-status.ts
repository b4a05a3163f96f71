// Whether an API token may act. A token made by an admin lives only as long as its maker is an
// active admin of the workspace: deactivating them, or taking the admin role away, stops their
// tokens at once (they come back if the admin does). Tokens made by the operator CLI have no
// maker and belong to the workspace until revoked.
import type { MemberRole } from "@/generated/prisma/enums";

export type ApiTokenStatus = "active" | "creatorDeactivated" | "creatorNotAdmin";

/** The token's creator as selected with it; null for a token of the operator CLI. */
export type TokenCreator = { role: MemberRole; deactivatedAt: Date | null } | null;

export const TOKEN_CREATOR_SELECT = { select: { role: true, deactivatedAt: true } } as const;

export function apiTokenStatus(createdById: string | null, creator: TokenCreator): ApiTokenStatus {
  if (createdById === null) return "active";
  if (!creator || creator.deactivatedAt !== null) return "creatorDeactivated";
  return creator.role === "ADMIN" ? "active" : "creatorNotAdmin";
}
