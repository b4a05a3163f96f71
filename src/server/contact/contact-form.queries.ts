// What the public contact form page reads: the shop (by its URL slug) and its problem areas, in
// the order admins gave them. No session: a public page.
import { displayAreaNames, type AreaNames } from "@/lib/problem-area-names";
import { db as defaultDb, type DbTx } from "@/server/db";
import { findPublicWorkspace, type PublicWorkspace } from "@/server/help-center/help-center-pages.queries";

export type ContactFormPage = { workspace: PublicWorkspace; areas: Array<{ key: string; name: string; names: AreaNames }> };

export async function contactFormPage(slug: string, db: DbTx = defaultDb()): Promise<ContactFormPage | null> {
  const workspace = await findPublicWorkspace(slug, db);
  if (!workspace) return null;
  const areas = await db.problemArea.findMany({
    where: { workspaceId: workspace.id, archivedAt: null },
    select: { key: true, name: true, names: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return { workspace, areas: areas.map((a) => ({ key: a.key, name: a.name, names: displayAreaNames(a.names, workspace.defaultLocale) })) };
}
