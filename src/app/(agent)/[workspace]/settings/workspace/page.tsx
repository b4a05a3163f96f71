import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/env";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { getWorkspaceGeneral, getWorkspaceSettings } from "@/server/workspaces/workspace-settings";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { WorkspaceSettingsForm } from "./workspace-settings-form";
import { WorkspaceGeneralForm } from "./workspace-general-form";
import { AdminOnly } from "../admin-only";

type Props = { params: Promise<{ workspace: string }> };

/** What a shop pastes into its site to show the contact form: a script tag, or a plain iframe. */
function embedSnippets(slug: string): { script: string; iframe: string } {
  const form = `${appUrl()}/${slug}/contact`;
  return {
    script: `<script src="${form}/widget.js" defer></script>`,
    iframe: `<iframe src="${form}?embed=1" title="Contact" style="width:100%;height:900px;border:0"></iframe>`,
  };
}

/** The zones this server knows (the schema checks the same list), and the workspace's own. */
function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...known, "UTC", current])].sort();
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.workspace");
  return { title: t("metaTitle") };
}

export default async function WorkspaceSettingsPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [settings, general, t, tg] = await Promise.all([
    getWorkspaceSettings(ctx),
    getWorkspaceGeneral(ctx),
    getTranslations("settings.workspace"),
    getTranslations("workspaceSetup.general"),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={tg("title")} description={tg("description")} level={2} />
        <CardBody>
          <WorkspaceGeneralForm slug={ctx.workspace.slug} general={general} timeZones={timeZoneChoices(general.timeZone)} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("tickets")} level={2} />
        <CardBody>
          <WorkspaceSettingsForm workspaceSlug={ctx.workspace.slug} settings={settings} embed={embedSnippets(ctx.workspace.slug)} />
        </CardBody>
      </Card>
    </div>
  );
}
