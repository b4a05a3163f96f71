import { revokeApiToken } from "@/server/api-tokens/revoke-api-token";
import { systemCtx } from "@/server/context";
import { findWorkspace, requiredFlag, type CommandHandler } from "./command-context";

export const tokenRevoke: CommandHandler = async ({ values, openDatabase, out, log }) => {
  const { db } = await openDatabase();
  const workspace = await findWorkspace(db, requiredFlag(values, "workspace"));
  const revoked = await revokeApiToken(systemCtx(db, workspace, log, "cli"), { name: requiredFlag(values, "name") });
  out(`Revoked API token "${revoked.name}" of ${workspace.slug}.`);
};
