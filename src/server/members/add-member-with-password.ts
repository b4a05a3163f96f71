// Adds a user with a password to a workspace: for operators (CLI) and the demo seed.
// Agents join through invitations instead (invite-member.ts). An existing user keeps
// their password and gains a membership.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { parseInput } from "@/server/validate";
import { AddMemberWithPasswordInput } from "./member.schemas";

export async function addMemberWithPassword(
  ctx: Ctx,
  raw: AddMemberWithPasswordInput,
): Promise<{ userId: string; memberId: string; createdUser: boolean }> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(AddMemberWithPasswordInput, raw);
  const existing = await ctx.db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  const user =
    existing ??
    (await ctx.db.user.create({
      data: {
        email: input.email,
        name: input.name,
        locale: input.locale ?? null,
        passwordHash: await hashPassword(input.password),
      },
      select: { id: true },
    }));
  const already = await ctx.db.member.findUnique({
    where: { workspaceId_userId: { workspaceId: ctx.workspace.id, userId: user.id } },
    select: { id: true },
  });
  if (already) {
    throw new AppError("CONFLICT", `${input.email} is already a member of ${ctx.workspace.slug}`, {
      fields: { email: "is already a member" },
    });
  }
  const member = await inTransaction(ctx, async ({ db }) => {
    const created = await db.member.create({
      data: { workspaceId: ctx.workspace.id, userId: user.id, role: input.role },
      select: { id: true, user: { select: { name: true, email: true } } },
    });
    await recordAudit(db, ctx, {
      action: "member.added",
      target: { type: "member", id: created.id, label: created.user.name ? `${created.user.name} <${created.user.email}>` : created.user.email },
      after: { email: created.user.email, role: input.role },
    });
    return created;
  });
  ctx.log.info({ workspaceId: ctx.workspace.id, memberId: member.id, role: input.role }, "member added");
  return { userId: user.id, memberId: member.id, createdUser: !existing };
}
