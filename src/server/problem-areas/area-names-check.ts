// What creating and renaming an area share: at least one name, and no other active area of the
// workspace with the same name in the same language (two "Returns" in a select help nobody).
import { LOCALES } from "@/lib/validation";
import { storedAreaNames, type AreaNames } from "@/lib/problem-area-names";
import type { DbTx } from "@/server/db";
import { fieldError } from "@/server/validate";

export async function checkAreaNames(db: DbTx, workspaceId: string, names: AreaNames, exceptId?: string): Promise<void> {
  if (!LOCALES.some((l) => names[l])) throw fieldError("names", "required", "give the area a name in at least one language");
  const others = await db.problemArea.findMany({
    where: { workspaceId, archivedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { names: true },
  });
  for (const locale of LOCALES) {
    const name = names[locale]?.toLocaleLowerCase(locale);
    if (!name) continue;
    if (others.some((o) => storedAreaNames(o.names)[locale]?.toLocaleLowerCase(locale) === name)) {
      throw fieldError(`names.${locale}`, "nameTaken", "another active area has this name in this language");
    }
  }
}

/** One change to a workspace's areas at a time: keys and positions are read, then written. */
export async function lockWorkspaceAreas(db: DbTx, workspaceId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`problem-areas:${workspaceId}`}))`;
}
