import { systemCtx } from "@/server/context";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { listMailboxes } from "@/server/mailboxes/list-mailboxes";
import type { CreateMailboxInput, MailboxView } from "@/server/mailboxes/mailbox.schemas";
import type { FlagValues } from "./args";
import { findWorkspace, requiredFlag, stringFlag, type CommandHandler } from "./command-context";

/** A port flag as a number; anything else is passed on for the use case to refuse by name. */
function port(values: FlagValues, name: string): number | undefined {
  const v = stringFlag(values, name);
  return v === undefined ? undefined : /^\d+$/.test(v) ? Number(v) : Number.NaN;
}

/** The settings of one server, or undefined when none of its flags is given. */
function server(values: FlagValues, kind: "imap" | "smtp"): Record<string, unknown> | undefined {
  const given = Object.entries({
    host: stringFlag(values, `${kind}-host`),
    port: port(values, `${kind}-port`),
    security: stringFlag(values, `${kind}-security`),
    username: stringFlag(values, `${kind}-username`),
    password: stringFlag(values, `${kind}-password`),
    ...(kind === "imap" ? { folder: stringFlag(values, "imap-folder") } : {}),
  }).filter(([, v]) => v !== undefined);
  return given.length > 0 ? Object.fromEntries(given) : undefined;
}

export const mailboxCreate: CommandHandler = async ({ values, openDatabase, out, log }) => {
  const { db } = await openDatabase();
  const workspace = await findWorkspace(db, requiredFlag(values, "workspace"));
  const imap = server(values, "imap");
  const smtp = server(values, "smtp");
  const m = await createMailbox(systemCtx(db, workspace, log, "cli"), {
    name: requiredFlag(values, "name"),
    address: requiredFlag(values, "address"),
    // Checked field by field by the use case, which names the flags of what is missing or wrong.
    ...(imap ? { imap: imap as CreateMailboxInput["imap"] } : {}),
    ...(smtp ? { smtp: smtp as CreateMailboxInput["smtp"] } : {}),
    ...(values["auto-acknowledge"] === true ? { autoAcknowledge: true } : {}),
  });
  out(`Created mailbox ${m.address} ("${m.name}") for ${workspace.slug}${m.isDefault ? ", the workspace's default" : ""}.`);
  out(`Forwarding address: ${m.forwardingAddress}`);
  out(`Id: ${m.id}`);
  out(`Inbound secret (for POST /api/v1/mailboxes/${m.id}/inbound; copy it now, it is not shown again):`);
  out(m.inboundSecret);
};

function status(m: MailboxView): string {
  return m.status.state === "ok" ? "ok" : `failing: ${m.status.code}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  "));
}

export const mailboxList: CommandHandler = async ({ values, openDatabase, out, log }) => {
  const { db } = await openDatabase();
  const workspace = await findWorkspace(db, requiredFlag(values, "workspace"));
  const mailboxes = await listMailboxes(systemCtx(db, workspace, log, "cli"));
  if (mailboxes.length === 0) {
    out(`${workspace.slug} has no mailboxes yet (add one with mailbox:create).`);
    return;
  }
  const rows = [
    ["ADDRESS", "NAME", "DEFAULT", "IMAP", "SMTP", "STATUS", "FORWARDING ADDRESS", "ID"],
    ...mailboxes.map((m) => [
      m.address,
      m.name,
      m.isDefault ? "yes" : "no",
      m.imap ? `${m.imap.host}:${m.imap.port}` : "-",
      m.smtp ? `${m.smtp.host}:${m.smtp.port}` : "-",
      status(m),
      m.forwardingAddress,
      m.id,
    ]),
  ];
  for (const line of table(rows)) out(line);
};
