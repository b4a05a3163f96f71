// Re-seals the workspace's mailbox passwords with the current encryption key (the work of
// `secrets:rotate`, one workspace at a time). A password sealed with an old key is opened and
// sealed again; one already under the current key is left alone; one no key opens is reported,
// never dropped. Each row is written only if it still holds what was read, so an admin saving
// a new password meanwhile wins.
import { requireRole, type Ctx } from "@/server/context";
import { keyring as processKeyring, openSecret, sealedKeyId, sealSecret, SecretBoxError, type Keyring } from "@/server/mail/secret-box";

export type ResealResult = {
  resealed: number;
  current: number;
  /** Passwords no key opens: the mailbox, which one, and why. */
  failed: Array<{ mailboxId: string; address: string; field: "imap" | "smtp"; reason: string }>;
};

const BATCH = 200;

export async function resealMailboxSecrets(ctx: Ctx, _input: Record<string, never> = {}, ring?: Keyring): Promise<ResealResult> {
  requireRole(ctx, "ADMIN");
  const keys = ring ?? (await processKeyring());
  const result: ResealResult = { resealed: 0, current: 0, failed: [] };
  let after: string | undefined;
  for (;;) {
    const rows = await ctx.db.mailbox.findMany({
      where: {
        workspaceId: ctx.workspace.id,
        OR: [{ imapPasswordEnc: { not: null } }, { smtpPasswordEnc: { not: null } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      select: { id: true, address: true, imapPasswordEnc: true, smtpPasswordEnc: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    for (const row of rows) {
      for (const field of ["imap", "smtp"] as const) {
        const column = field === "imap" ? "imapPasswordEnc" : "smtpPasswordEnc";
        const sealed = row[column];
        if (sealed === null) continue;
        let resealedValue: string;
        try {
          if (sealedKeyId(sealed) === keys.current.id) {
            // Proves the current key opens it, too.
            openSecret(sealed, keys);
            result.current++;
            continue;
          }
          resealedValue = sealSecret(openSecret(sealed, keys), keys);
        } catch (e) {
          if (!(e instanceof SecretBoxError)) throw e;
          result.failed.push({ mailboxId: row.id, address: row.address, field, reason: e.message });
          continue;
        }
        const { count } = await ctx.db.mailbox.updateMany({
          where: { id: row.id, workspaceId: ctx.workspace.id, [column]: sealed },
          data: { [column]: resealedValue },
        });
        // count 0: the password changed since it was read, and was sealed with the current key then.
        if (count === 1) result.resealed++;
        else result.current++;
      }
    }
  }
  ctx.log.info(
    { workspaceId: ctx.workspace.id, keyId: keys.current.id, resealed: result.resealed, current: result.current, failed: result.failed.length },
    "mailbox secrets re-sealed",
  );
  return result;
}
