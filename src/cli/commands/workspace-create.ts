import { createWorkspace } from "@/server/workspaces/create-workspace";
import { requiredFlag, stringFlag, type CommandHandler } from "./command-context";

export const workspaceCreate: CommandHandler = async ({ values, openDatabase, out, log }) => {
  const { db } = await openDatabase();
  const timeZone = stringFlag(values, "timezone");
  const defaultLocale = stringFlag(values, "locale");
  const ws = await createWorkspace(db, {
    slug: requiredFlag(values, "slug"),
    name: requiredFlag(values, "name"),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...(defaultLocale !== undefined ? { defaultLocale: defaultLocale as "en" } : {}),
  });
  log.info({ workspaceId: ws.id }, "workspace created");
  out(`Created workspace "${ws.name}" (${ws.slug}), time zone ${ws.timeZone}, language ${ws.defaultLocale}.`);
  out(`Next: npm run shopdesk -- user:create --workspace ${ws.slug} --email EMAIL --role admin --name NAME --password PASSWORD`);
};
