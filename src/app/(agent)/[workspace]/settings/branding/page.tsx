// Settings > Help center & branding (admins): the public help center on or off, and the look of
// the shop's public pages (logo, accent colour, footer links).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { getWorkspaceBranding } from "@/server/workspaces/workspace-branding";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { AdminOnly } from "../admin-only";
import { BrandingForm } from "./branding-form";
import { LogoForm } from "./logo-form";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.branding");
  return { title: t("metaTitle") };
}

export default async function BrandingSettingsPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [branding, t] = await Promise.all([getWorkspaceBranding(ctx), getTranslations("settings.branding")]);
  const slug = ctx.workspace.slug;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("logo")} level={2} />
        <CardBody>
          <LogoForm workspaceSlug={slug} workspaceName={ctx.workspace.name} logoUrl={branding.logoUrl} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("pages")} level={2} />
        <CardBody>
          <BrandingForm workspaceSlug={slug} branding={branding} />
          <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {branding.helpCenterEnabled && (
              <a href={`/${slug}/help`} target="_blank" rel="noopener" className="font-medium text-brand-700 hover:underline">
                {t("viewHelpCenter")}
              </a>
            )}
            <a href={`/${slug}/contact`} target="_blank" rel="noopener" className="font-medium text-brand-700 hover:underline">
              {t("viewContactForm")}
            </a>
          </p>
        </CardBody>
      </Card>
    </div>
  );
}
