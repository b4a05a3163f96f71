import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { isAppError } from "@/server/errors";
import { listTagsForSettings, type TagPage } from "@/server/tags/tag.queries";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody } from "@/ui/card";
import { Input } from "@/ui/input";
import { Label } from "@/ui/label";
import { Button, buttonClasses } from "@/ui/button";
import { AdminOnly } from "../admin-only";
import { TagItem, TAGS_HEADING_ID } from "./tag-item";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspaceSetup.tags");
  return { title: t("metaTitle") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Admins: the workspace's tags with their ticket counts (issue 17): rename or merge, delete. */
export default async function TagsPage({ params, searchParams }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const query = await searchParams;
  const q = one(query.q)?.trim() || undefined;
  const after = one(query.after) || undefined;
  const t = await getTranslations("workspaceSetup.tags");
  // A hand-edited URL (a NUL, a 500-character name) shows the first page rather than an error.
  const page: TagPage = await listTagsForSettings(ctx, { after, q }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "VALIDATION") return listTagsForSettings(ctx, {});
    throw e;
  });
  const base = `/${ctx.workspace.slug}/settings/tags`;
  const withParams = (p: Record<string, string | undefined>) => {
    const s = new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => !!e[1])).toString();
    return s ? `${base}?${s}` : base;
  };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardBody className="flex flex-col gap-4">
          <form method="get" action={base} role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <div className="flex flex-1 flex-col gap-1.5">
              <Label htmlFor="tag-search">{t("search")}</Label>
              <Input id="tag-search" name="q" type="search" dir="auto" maxLength={60} defaultValue={q ?? ""} />
            </div>
            <Button type="submit" variant="secondary">
              {t("searchButton")}
            </Button>
          </form>
          <h2 id={TAGS_HEADING_ID} tabIndex={-1} className="text-base font-semibold text-gray-900 outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
            {q ? t("listTitleFiltered", { q }) : t("listTitle")}
          </h2>
        </CardBody>
        {page.tags.length === 0 ? (
          <CardBody>
            <p className="text-sm text-gray-600">{q || after ? t("noMatch") : t("empty")}</p>
          </CardBody>
        ) : (
          <ul className="divide-y divide-gray-200" aria-labelledby={TAGS_HEADING_ID}>
            {page.tags.map((tag) => (
              <TagItem key={tag.id} slug={ctx.workspace.slug} tag={tag} />
            ))}
          </ul>
        )}
        {(after || page.nextAfter) && (
          <CardBody>
            <nav aria-label={t("pages")} className="flex flex-wrap gap-2">
              {after && (
                <Link href={withParams({ q })} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                  {t("firstPage")}
                </Link>
              )}
              {page.nextAfter && (
                <Link href={withParams({ q, after: page.nextAfter })} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                  {t("nextPage")}
                </Link>
              )}
            </nav>
          </CardBody>
        )}
      </Card>
    </div>
  );
}
