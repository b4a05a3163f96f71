import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/area-label";
import { displayAreaNames, type AreaNames } from "@/lib/problem-area-names";
import { isLocale, locales, type Locale } from "@/i18n/locales";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listProblemAreasForSettings } from "@/server/problem-areas/problem-area.queries";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { AdminOnly } from "../admin-only";
import { AddAreaForm } from "./add-area-form";
import { AreaItem, type AreaItemView } from "./area-item";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspaceSetup.problemAreas");
  return { title: t("metaTitle") };
}

/** Admins: the workspace's problem areas (issue 17): add, rename per language, reorder, archive. */
export default async function ProblemAreasPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [areas, t, uiLocale] = await Promise.all([listProblemAreasForSettings(ctx), getTranslations("workspaceSetup.problemAreas"), getLocale()]);
  // Each language's catalog, for what readers of it see when its field is left empty.
  const catalogs = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await getTranslations({ locale: l, namespace: "tickets" })] as const)));
  const defaultLocale = ctx.workspace.defaultLocale;
  const firstLocale: Locale = isLocale(uiLocale) ? uiLocale : "en";

  const views: AreaItemView[] = areas.map((a, i) => {
    const placeholders: Partial<Record<Locale, string>> = {};
    for (const l of locales) {
      const without: AreaNames = { ...a.names };
      delete without[l];
      placeholders[l] = areaLabel(catalogs[l]!, { key: a.key, name: a.name, names: displayAreaNames(without, defaultLocale) }, l);
    }
    return {
      id: a.id,
      key: a.key,
      label: areaLabel(catalogs[firstLocale]!, { key: a.key, name: a.name, names: displayAreaNames(a.names, defaultLocale) }, firstLocale),
      names: a.names,
      placeholders,
      archived: a.archived,
      tickets: a.tickets,
      first: i === 0,
      last: i === areas.length - 1,
    };
  });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("listTitle")} description={t("listHint")} level={2} />
        {views.length === 0 ? (
          <CardBody>
            <p className="text-sm text-gray-600">{t("empty")}</p>
          </CardBody>
        ) : (
          <ul className="divide-y divide-gray-200" aria-label={t("listTitle")}>
            {views.map((v) => (
              <AreaItem key={v.id} slug={ctx.workspace.slug} area={v} firstLocale={firstLocale} />
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <CardBody>
          <AddAreaForm slug={ctx.workspace.slug} firstLocale={firstLocale} />
        </CardBody>
      </Card>
    </div>
  );
}
