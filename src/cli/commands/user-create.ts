// With a password the account is usable at once; without one the person gets an invitation
// link and chooses their own name and password.
import { systemCtx } from "@/server/context";
import { addMemberWithPassword } from "@/server/members/add-member-with-password";
import { inviteMember } from "@/server/members/invite-member";
import { UsageError } from "./args";
import { findWorkspace, requiredFlag, stringFlag, type CommandHandler } from "./command-context";

export const userCreate: CommandHandler = async ({ values, openDatabase, out, log }) => {
  const email = requiredFlag(values, "email");
  const role = requiredFlag(values, "role").toUpperCase() as "ADMIN" | "AGENT" | "LIGHT_AGENT";
  const name = stringFlag(values, "name");
  const password = stringFlag(values, "password");
  if (password !== undefined && !name) throw new UsageError("Missing required flag --name (needed with --password)");

  const { db } = await openDatabase();
  const workspace = await findWorkspace(db, requiredFlag(values, "workspace"));

  if (password !== undefined && name) {
    // One transaction: a refused membership leaves no orphan account behind.
    const added = await db.$transaction((tx) =>
      addMemberWithPassword(systemCtx(tx, workspace, log, "cli"), { email, name, role, password }),
    );
    out(`Added ${email.trim().toLowerCase()} to ${workspace.slug} as ${role.toLowerCase()}.`);
    if (!added.createdUser) out("The account already existed: its name and password are unchanged.");
    return;
  }

  const invited = await inviteMember(systemCtx(db, workspace, log, "cli"), { email, role });
  const until = invited.expiresAt.toISOString();
  out(`Invited ${email.trim().toLowerCase()} to ${workspace.slug} as ${role.toLowerCase()}; the link is valid until ${until}.`);
  out("Send them this link (it is shown only once):");
  out(invited.url);
};
