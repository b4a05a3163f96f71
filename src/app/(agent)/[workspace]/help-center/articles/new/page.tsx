import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listHelpCenterForEditing } from "@/server/help-center/help-center-editor.queries";
import { Alert } from "@/ui/alert";
import { Card, CardBody } from "@/ui/card";
import { PageHeader } from "@/ui/page-header";
import { categoryOptions } from "../../names";
import { NewArticleForm } from "./new-article-form";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("helpEditor.newArticle");
  return { title: t("title") };
}

export default async function NewArticlePage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const [tree, t, uiLocale] = await Promise.all([listHelpCenterForEditing(ctx), getTranslations("helpEditor"), getLocale()]);
  const slug = ctx.workspace.slug;
  const options = categoryOptions(tree, uiLocale, ctx.workspace.defaultLocale);
  const defaultLocale = isLocale(ctx.workspace.defaultLocale) ? ctx.workspace.defaultLocale : "en";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={
          <Link href={`/${slug}/help-center`} className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
        title={t("newArticle.title")}
        description={t("newArticle.description")}
      />
      <Card>
        <CardBody>
          {!hasRole(ctx.actor, "AGENT") ? (
            <Alert tone="info">{t("errors.forbidden")}</Alert>
          ) : options.length === 0 ? (
            <Alert tone="info">{t("newArticle.noCategories")}</Alert>
          ) : (
            <NewArticleForm workspaceSlug={slug} categoryOptions={options} defaultLocale={defaultLocale} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
