import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localeLabels, locales } from "@/i18n/locales";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listHelpCenterForEditing, type EditorArticle, type EditorSection } from "@/server/help-center/help-center-editor.queries";
import { buttonClasses } from "@/ui/button";
import { Badge } from "@/ui/badge";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { EmptyState } from "@/ui/empty-state";
import { PageHeader } from "@/ui/page-header";
import { CategoryForm } from "./category-form";
import { DeleteCategoryButton } from "./delete-category-button";
import { pickLanguage } from "./names";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("helpEditor");
  return { title: t("metaTitle") };
}

export default async function HelpCenterPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const [tree, t, uiLocale] = await Promise.all([listHelpCenterForEditing(ctx), getTranslations("helpEditor"), getLocale()]);
  const slug = ctx.workspace.slug;
  const isAdmin = hasRole(ctx.actor, "ADMIN");
  const canWrite = hasRole(ctx.actor, "AGENT");
  const pick = <T extends { locale: (typeof locales)[number] }>(items: T[]) => pickLanguage(items, uiLocale, ctx.workspace.defaultLocale);
  const nameOf = (s: EditorSection) => pick(s.names)?.name ?? t("categories.unnamed");
  const namesOf = (s: EditorSection) => Object.fromEntries(s.names.map((n) => [n.locale, { name: n.name, description: n.description }]));

  const articleList = (articles: EditorArticle[], sectionName: string) =>
    articles.length === 0 ? (
      <p className="px-4 py-3 text-sm text-gray-600 sm:px-6">{t("categories.noArticles")}</p>
    ) : (
      <ul className="divide-y divide-gray-100" aria-label={t("categories.articlesIn", { name: sectionName })}>
        {articles.map((a) => (
          <li key={a.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:px-6">
            <div className="flex min-w-0 flex-1 items-center gap-2">
              <Link href={`/${slug}/help-center/articles/${a.id}`} className="truncate font-medium text-brand-700 hover:underline">
                <bdi>{pick(a.translations)?.title ?? t("article.untitled")}</bdi>
              </Link>
              {a.promoted && <Badge tone="brand">{t("promoted")}</Badge>}
            </div>
            <ul className="flex flex-wrap gap-1" aria-label={t("languageStates")}>
              {locales.map((l) => {
                const tr = a.translations.find((x) => x.locale === l);
                const state = tr ? t(`status.${tr.status}`) : t("status.missing");
                return (
                  <li key={l}>
                    <Link href={`/${slug}/help-center/articles/${a.id}?locale=${l}`} title={`${localeLabels[l]}: ${state}`} className="rounded-md focus-visible:outline-2 focus-visible:outline-brand-600">
                      <Badge tone={tr?.status === "PUBLISHED" ? "success" : tr ? "warning" : "neutral"}>
                        <span className="uppercase">{l}</span>
                        <span className="sr-only">
                          {" "}
                          {localeLabels[l]}: {state}
                        </span>
                      </Badge>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <a href={`/${slug}/help`} target="_blank" rel="noopener" className={buttonClasses({ variant: "secondary" })}>
              {t("viewPublic")}
            </a>
            {canWrite && tree.length > 0 && (
              <Link href={`/${slug}/help-center/articles/new`} className={buttonClasses()}>
                {t("addArticle")}
              </Link>
            )}
          </div>
        }
      />
      <p className="text-sm text-gray-600">{t("legend")}</p>

      {isAdmin && (
        <div>
          <CategoryForm mode="createCategory" workspaceSlug={slug} />
        </div>
      )}

      {tree.length === 0 && <EmptyState title={t("categories.emptyTitle")} description={isAdmin ? t("categories.emptyAdmin") : t("categories.emptyOthers")} />}

      {tree.map((category) => {
        const name = nameOf(category);
        return (
          <Card key={category.id}>
            <CardHeader
              title={<bdi>{name}</bdi>}
              description={category.names.map((n) => localeLabels[n.locale]).join(" · ")}
              level={2}
              actions={
                isAdmin ? (
                  <div className="flex flex-wrap items-start gap-1">
                    <CategoryForm mode="rename" workspaceSlug={slug} id={category.id} names={namesOf(category)} currentName={name} />
                    <DeleteCategoryButton workspaceSlug={slug} id={category.id} name={name} />
                  </div>
                ) : undefined
              }
            />
            {articleList(category.articles, name)}
            {category.sections.map((section) => {
              const sectionName = nameOf(section);
              return (
                <section key={section.id} aria-labelledby={`section-${section.id}`} className="border-t border-gray-200">
                  <div className="flex flex-col gap-2 bg-gray-50 px-4 py-2 sm:flex-row sm:items-center sm:px-6">
                    <h3 id={`section-${section.id}`} className="flex-1 text-sm font-semibold text-gray-800">
                      <bdi>{sectionName}</bdi>
                    </h3>
                    {isAdmin && (
                      <div className="flex flex-wrap items-start gap-1">
                        <CategoryForm mode="rename" workspaceSlug={slug} id={section.id} names={namesOf(section)} currentName={sectionName} />
                        <DeleteCategoryButton workspaceSlug={slug} id={section.id} name={sectionName} />
                      </div>
                    )}
                  </div>
                  {articleList(section.articles, sectionName)}
                </section>
              );
            })}
            {isAdmin && (
              <CardBody className="border-t border-gray-100">
                <CategoryForm mode="createSection" workspaceSlug={slug} parentId={category.id} parentName={name} />
              </CardBody>
            )}
          </Card>
        );
      })}
    </div>
  );
}
