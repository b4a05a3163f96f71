import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/env";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody } from "@/ui/card";
import { AdminOnly } from "../../admin-only";
import { MailboxForm } from "../mailbox-form";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.mailboxes");
  return { title: t("add") };
}

export default async function NewMailboxPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const t = await getTranslations("settings.mailboxes");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("add")} description={t("addDescription")} />
      <Card>
        <CardBody>
          <MailboxForm workspaceSlug={ctx.workspace.slug} appUrl={appUrl()} />
        </CardBody>
      </Card>
    </div>
  );
}
