// A user's choice of UI language, kept on the account so it follows them across devices.
import type { DbTx } from "@/server/db";
import { LocaleSchema } from "@/lib/validation";
import { parseInput } from "@/server/validate";

export async function setPreferredLocale(db: DbTx, userId: string, raw: unknown): Promise<{ locale: string }> {
  const locale = parseInput(LocaleSchema, raw);
  await db.user.update({ where: { id: userId }, data: { locale } });
  return { locale };
}
