import { z } from "zod";
import { text } from "@/lib/validation";

export const ApiTokenNameSchema = text().trim().min(1).max(80);

/** `agent` (tickets, messages, customers) or `admin` (also mailboxes and other settings). */
export const ApiTokenRoleSchema = text()
  .trim()
  .toUpperCase()
  .pipe(z.enum(["AGENT", "ADMIN"]));

export const CreateApiTokenInput = z.object({ name: ApiTokenNameSchema, role: ApiTokenRoleSchema.default("AGENT") });
export type CreateApiTokenInput = z.input<typeof CreateApiTokenInput>;

export const RevokeApiTokenInput = z.object({ name: ApiTokenNameSchema });
export type RevokeApiTokenInput = z.input<typeof RevokeApiTokenInput>;

/** `sd_` followed by 32 random bytes in base64url (43 characters). */
export const API_TOKEN_PATTERN = /^sd_[A-Za-z0-9_-]{43}$/;
