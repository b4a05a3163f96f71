// The stable key of a new problem area: what the API, inbox URLs (`area:<key>`) and the contact
// form send. Made from the area's English name when there is one (else its first name), folded to
// a-z, 0-9 and underscores; a name with no Latin letters (Greek, Arabic) gets `area`. A key the
// workspace already has gets a number (`gifts_2`).
import type { DbTx } from "@/server/db";

const MAX = 40;

export function baseAreaKey(name: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX)
    .replace(/_+$/, "");
  return folded || "area";
}

export async function freeAreaKey(db: DbTx, workspaceId: string, name: string): Promise<string> {
  const base = baseAreaKey(name);
  const taken = new Set(
    (await db.problemArea.findMany({ where: { workspaceId, key: { startsWith: base } }, select: { key: true } })).map((a) => a.key),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const key = `${base}_${n}`;
    if (!taken.has(key)) return key;
  }
}
