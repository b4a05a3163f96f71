// Tags are per workspace, lower-cased and trimmed, and created on first use.
import type { DbTx } from "@/server/db";

/** Lower-cased, trimmed, without empties and duplicates, in first-seen order. */
export function normalizeTagNames(names: readonly string[]): string[] {
  return [...new Set(names.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** Tag ids by (normalized) name, creating the missing ones. */
export async function ensureTags(db: DbTx, workspaceId: string, names: readonly string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  // ON CONFLICT DO NOTHING waits for a concurrent first use of the same tag and then reads it,
  // where a find-then-create would fail on the unique key.
  await db.tag.createMany({ data: names.map((name) => ({ workspaceId, name })), skipDuplicates: true });
  const tags = await db.tag.findMany({ where: { workspaceId, name: { in: [...names] } }, select: { id: true, name: true } });
  return new Map(tags.map((t) => [t.name, t.id]));
}
