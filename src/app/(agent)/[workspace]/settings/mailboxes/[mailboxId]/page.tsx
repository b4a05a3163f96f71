import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/env";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { isAppError } from "@/server/errors";
import { getMailbox } from "@/server/mailboxes/list-mailboxes";
import { MailboxIdSchema } from "@/server/mailboxes/mailbox.schemas";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody } from "@/ui/card";
import { AdminOnly } from "../../admin-only";
import { MailboxForm } from "../mailbox-form";

type Props = { params: Promise<{ workspace: string; mailboxId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.mailboxes");
  return { title: t("editTitle") };
}

export default async function EditMailboxPage({ params }: Props) {
  const { workspace, mailboxId } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  if (!MailboxIdSchema.safeParse(mailboxId).success) notFound();
  const mailbox = await getMailbox(ctx, { mailboxId }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const t = await getTranslations("settings.mailboxes");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("editTitle")} description={<span dir="ltr">{mailbox.address}</span>} />
      <Card>
        <CardBody>
          <MailboxForm workspaceSlug={ctx.workspace.slug} mailbox={mailbox} appUrl={appUrl()} />
        </CardBody>
      </Card>
    </div>
  );
}
