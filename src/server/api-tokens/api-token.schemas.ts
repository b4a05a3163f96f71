import { z } from "zod";
import { text } from "@/lib/validation";

export const ApiTokenNameSchema = text().trim().min(1).max(80);

export const CreateApiTokenInput = z.object({ name: ApiTokenNameSchema });
export type CreateApiTokenInput = z.input<typeof CreateApiTokenInput>;

export const RevokeApiTokenInput = z.object({ name: ApiTokenNameSchema });
export type RevokeApiTokenInput = z.input<typeof RevokeApiTokenInput>;

/** `sd_` followed by 32 random bytes in base64url (43 characters). */
export const API_TOKEN_PATTERN = /^sd_[A-Za-z0-9_-]{43}$/;
