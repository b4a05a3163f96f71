import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { isLocale, localeLabels, locales, type Locale } from "@/i18n/locales";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { getArticleForEditing } from "@/server/help-center/help-center.queries";
import { listHelpCenterForEditing } from "@/server/help-center/help-center-editor.queries";
import { listInboxAreas } from "@/server/inbox/resolve-inbox-view";
import { cn } from "@/lib/cn";
import { Badge } from "@/ui/badge";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { PageHeader } from "@/ui/page-header";
import { areaLabel } from "@/lib/area-label";
import { categoryOptions, pickLanguage } from "../../names";
import { ArticleForm } from "./article-form";
import { ArticleSettingsForm } from "./article-settings-form";

type Props = { params: Promise<{ workspace: string; articleId: string }>; searchParams: Promise<{ locale?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("helpEditor.article");
  return { title: t("metaTitle") };
}

export default async function ArticleEditorPage({ params, searchParams }: Props) {
  const { workspace, articleId } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!z.uuid().safeParse(articleId).success) notFound();
  const article = await getArticleForEditing(ctx, articleId).catch(() => null);
  if (!article) notFound();
  const [tree, areas, t, tt, uiLocale] = await Promise.all([
    listHelpCenterForEditing(ctx),
    listInboxAreas(ctx),
    getTranslations("helpEditor"),
    getTranslations("tickets"),
    getLocale(),
  ]);
  const slug = ctx.workspace.slug;
  const asked = (await searchParams).locale;
  const existing = article.translations.map((tr) => ({ ...tr, locale: tr.locale as Locale }));
  const locale: Locale = isLocale(asked) ? asked : (pickLanguage(existing, uiLocale, ctx.workspace.defaultLocale)?.locale ?? "en");
  const current = existing.find((tr) => tr.locale === locale) ?? null;
  const canEdit = hasRole(ctx.actor, "AGENT");
  const heading = pickLanguage(existing, uiLocale, ctx.workspace.defaultLocale)?.title ?? t("article.untitled");
  const base = `/${slug}/help-center/articles/${article.id}`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={
          <Link href={`/${slug}/help-center`} className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
        title={<bdi>{heading}</bdi>}
        actions={
          <div className="flex flex-wrap gap-3 text-sm">
            {current && (
              <Link href={`${base}/history?locale=${locale}`} className="text-brand-700 hover:underline">
                {t("history.link")}
              </Link>
            )}
            {current?.status === "PUBLISHED" && (
              <a href={`/${slug}/help/${locale}/articles/${encodeURIComponent(current.slug)}`} target="_blank" rel="noopener" className="text-brand-700 hover:underline">
                {t("article.viewPublic")}
              </a>
            )}
          </div>
        }
      />

      <nav aria-label={t("article.languages")}>
        <ul className="flex flex-wrap gap-1 border-b border-gray-200">
          {locales.map((l) => {
            const tr = existing.find((x) => x.locale === l);
            return (
              <li key={l}>
                {/* A full page load, not a client navigation: the editor's "unsaved changes" prompt guards it. */}
                <a
                  href={`${base}?locale=${l}`}
                  aria-current={l === locale ? "page" : undefined}
                  className={cn(
                    "-mb-px flex items-center gap-2 rounded-t-md border border-transparent px-3 py-2 text-sm text-gray-700 hover:bg-gray-50",
                    l === locale && "border-gray-200 border-b-white bg-white font-medium text-gray-900",
                  )}
                >
                  <span lang={l}>{localeLabels[l]}</span>
                  <Badge tone={tr?.status === "PUBLISHED" ? "success" : tr ? "warning" : "neutral"}>
                    {tr ? t(`status.${tr.status}`) : t("status.missing")}
                  </Badge>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <CardHeader
            title={current ? t("article.editing", { language: localeLabels[locale] }) : t("article.newLanguage", { language: localeLabels[locale] })}
            description={current ? t("article.versionInfo", { version: current.version }) : t("article.newLanguageHint")}
            level={2}
          />
          <CardBody>
            <ArticleForm
              key={locale}
              workspaceSlug={slug}
              articleId={article.id}
              locale={locale}
              translation={current && { title: current.title, slug: current.slug, description: current.description, bodyHtml: current.bodyHtml, status: current.status, version: current.version }}
              canEdit={canEdit}
            />
          </CardBody>
        </Card>
        <Card className="self-start">
          <CardHeader title={t("settings.title")} description={t("settings.description")} level={2} />
          <CardBody>
            <ArticleSettingsForm
              workspaceSlug={slug}
              articleId={article.id}
              categoryId={article.categoryId}
              promoted={article.promoted}
              areas={article.areas}
              categoryOptions={categoryOptions(tree, uiLocale, ctx.workspace.defaultLocale)}
              areaOptions={areas.map((a) => ({ key: a.key, label: areaLabel(tt, a, uiLocale) }))}
              canEdit={canEdit}
            />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
