import { createApiToken } from "@/server/api-tokens/create-api-token";
import { systemCtx } from "@/server/context";
import { findWorkspace, requiredFlag, stringFlag, type CommandHandler } from "./command-context";

export const tokenCreate: CommandHandler = async ({ values, openDatabase, out, log }) => {
  const { db } = await openDatabase();
  const workspace = await findWorkspace(db, requiredFlag(values, "workspace"));
  const created = await createApiToken(systemCtx(db, workspace, log, "cli"), {
    name: requiredFlag(values, "name"),
    role: stringFlag(values, "role") ?? "agent",
  });
  out(`Created ${created.role.toLowerCase()} API token "${created.name}" for ${workspace.slug}. Copy it now: it is not shown again.`);
  // Alone on the last line, for `| tail -n 1`.
  out(created.token);
};
