import { systemCtx, WORKSPACE_REF_SELECT } from "@/server/context";
import { AppError } from "@/server/errors";
import { keyring } from "@/server/mail/secret-box";
import { resealMailboxSecrets, type ResealResult } from "@/server/mailboxes/reseal-mailbox-secrets";
import type { CommandHandler } from "./command-context";

export const secretsRotate: CommandHandler = async ({ openDatabase, out, log }) => {
  const { db } = await openDatabase();
  const keys = await keyring();
  const workspaces = await db.workspace.findMany({
    where: { mailboxes: { some: { OR: [{ imapPasswordEnc: { not: null } }, { smtpPasswordEnc: { not: null } }] } } },
    select: WORKSPACE_REF_SELECT,
    orderBy: { slug: "asc" },
  });
  const total: ResealResult = { resealed: 0, current: 0, failed: [] };
  const failures: string[] = [];
  for (const ws of workspaces) {
    const r = await resealMailboxSecrets(systemCtx(db, ws, log, "cli"), {}, keys);
    total.resealed += r.resealed;
    total.current += r.current;
    for (const f of r.failed) failures.push(`${ws.slug} ${f.address} (${f.field} password): ${f.reason}`);
  }
  const summary =
    `Re-encrypted ${total.resealed} mailbox password${total.resealed === 1 ? "" : "s"} with key ${keys.current.id}; ` +
    `${total.current} already used it.`;
  if (failures.length > 0) {
    throw new AppError(
      "CONFLICT",
      `${summary} ${failures.length} could not be decrypted with SHOPDESK_ENCRYPTION_KEY or SHOPDESK_ENCRYPTION_KEYS_OLD:\n  ${failures.join("\n  ")}`,
    );
  }
  out(summary);
  out("Every mailbox password now opens with SHOPDESK_ENCRYPTION_KEY alone: you may drop SHOPDESK_ENCRYPTION_KEYS_OLD.");
};
