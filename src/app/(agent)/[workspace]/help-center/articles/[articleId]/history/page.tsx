import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { isLocale, localeDirection, localeLabels, locales, type Locale } from "@/i18n/locales";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { getArticleVersion } from "@/server/help-center/help-center-editor.queries";
import { getArticleForEditing, listArticleVersions } from "@/server/help-center/help-center.queries";
import { cn } from "@/lib/cn";
import { Badge } from "@/ui/badge";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { PageHeader } from "@/ui/page-header";
import { RestoreButton } from "./restore-button";

type Props = {
  params: Promise<{ workspace: string; articleId: string }>;
  searchParams: Promise<{ locale?: string | string[]; version?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("helpEditor.history");
  return { title: t("metaTitle") };
}

export default async function ArticleHistoryPage({ params, searchParams }: Props) {
  const { workspace, articleId } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!z.uuid().safeParse(articleId).success) notFound();
  const article = await getArticleForEditing(ctx, articleId).catch(() => null);
  if (!article) notFound();
  const query = await searchParams;
  const existing = article.translations.map((tr) => tr.locale as Locale);
  const locale: Locale = isLocale(query.locale) && existing.includes(query.locale) ? query.locale : (existing[0] ?? "en");
  const [versions, t, format] = await Promise.all([listArticleVersions(ctx, article.id, locale), getTranslations("helpEditor"), getFormatter()]);
  const latest = versions[0]?.version;
  const asked = z.coerce.number().int().min(1).safeParse(query.version);
  const shown = asked.success && versions.some((v) => v.version === asked.data) ? asked.data : latest;
  const version = shown !== undefined ? await getArticleVersion(ctx, article.id, locale, shown) : null;
  const slug = ctx.workspace.slug;
  const base = `/${slug}/help-center/articles/${article.id}`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={
          <Link href={`${base}?locale=${locale}`} className="text-sm text-brand-700 hover:underline">
            {t("history.backToEditor")}
          </Link>
        }
        title={t("history.title")}
        description={t("history.description")}
      />
      <nav aria-label={t("article.languages")}>
        <ul className="flex flex-wrap gap-2">
          {locales
            .filter((l) => existing.includes(l))
            .map((l) => (
              <li key={l}>
                <Link
                  href={`${base}/history?locale=${l}`}
                  aria-current={l === locale ? "page" : undefined}
                  className={cn("rounded-md px-3 py-1.5 text-sm ring-1 ring-gray-200 hover:bg-gray-50", l === locale && "bg-brand-50 font-medium ring-brand-300")}
                >
                  <span lang={l}>{localeLabels[l]}</span>
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <Card className="self-start">
          <CardHeader title={t("history.versions", { count: versions.length })} level={2} />
          <ol className="divide-y divide-gray-100">
            {versions.map((v) => (
              <li key={v.version}>
                <Link
                  href={`${base}/history?locale=${locale}&version=${v.version}`}
                  aria-current={v.version === shown ? "true" : undefined}
                  className={cn("flex flex-col gap-1 px-4 py-3 hover:bg-gray-50", v.version === shown && "bg-brand-50")}
                >
                  <span className="flex flex-wrap items-center gap-2 text-sm font-medium text-gray-900">
                    {t("history.version", { version: v.version })}
                    <Badge tone={v.status === "PUBLISHED" ? "success" : "warning"}>{t(`status.${v.status}`)}</Badge>
                    {v.version === latest && <Badge tone="brand">{t("history.current")}</Badge>}
                  </span>
                  <span className="truncate text-sm text-gray-700" dir={localeDirection(locale)} lang={locale}>
                    {v.title}
                  </span>
                  <span className="text-xs text-gray-600">
                    <bdi>{v.authorName ?? t("history.unknownAuthor")}</bdi>
                    <span aria-hidden="true"> · </span>
                    <time dateTime={v.createdAt}>{format.dateTime(new Date(v.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                    {v.restoredFrom !== null && (
                      <>
                        <span aria-hidden="true"> · </span>
                        {t("history.restoredFrom", { version: v.restoredFrom })}
                      </>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </Card>
        {version && (
          <Card>
            <CardHeader
              title={t("history.showing", { version: version.version, language: localeLabels[locale] })}
              description={`${version.authorName ?? t("history.unknownAuthor")} · ${format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" })}`}
              level={2}
              actions={hasRole(ctx.actor, "AGENT") && version.version !== latest ? <RestoreButton workspaceSlug={slug} articleId={article.id} locale={locale} version={version.version} /> : undefined}
            />
            <CardBody>
              <div dir={localeDirection(locale)} lang={locale}>
                <h3 className="text-xl font-semibold text-gray-900">{version.title}</h3>
                {version.description && <p className="mt-1 text-gray-600">{version.description}</p>}
                {/* Sanitized when it was saved (help-center/article-html.ts), as the public page shows it. */}
                <div className="article-body mt-4" dangerouslySetInnerHTML={{ __html: version.bodyHtml }} />
              </div>
            </CardBody>
          </Card>
        )}
      </div>
    </div>
  );
}
