import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listApiTokens } from "@/server/api-tokens/list-api-tokens";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { CreateTokenForm } from "./create-token-form";
import { revokeApiTokenAction } from "@/server/api-tokens/api-token.actions";
import { Badge } from "@/ui/badge";
import { ActionButton } from "../action-button";
import { AdminOnly } from "../admin-only";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.tokens");
  return { title: t("metaTitle") };
}

export default async function ApiTokensPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [tokens, t, format] = await Promise.all([listApiTokens(ctx), getTranslations("settings.tokens"), getFormatter()]);
  const slug = ctx.workspace.slug;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("create.title")} level={2} />
        <CardBody>
          <CreateTokenForm workspaceSlug={slug} activeTokenIds={tokens.map((token) => token.tokenId)} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("title")} level={2} />
        {tokens.length === 0 ? (
          <CardBody>
            <p className="text-sm text-gray-600">{t("empty")}</p>
          </CardBody>
        ) : (
          <ul className="divide-y divide-gray-100">
            {tokens.map((token) => (
              <li key={token.tokenId} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:px-6">
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <span dir="auto" className="min-w-0 truncate font-medium text-gray-900">
                      {token.name}
                    </span>
                    <Badge tone={token.role === "ADMIN" ? "brand" : "neutral"}>
                      <span className="sr-only">{t("roleLabel")}: </span>
                      {t(`roles.${token.role}`)}
                    </Badge>
                    <Badge tone={token.status === "active" ? "success" : "warning"}>
                      <span className="sr-only">{t("status.label")}: </span>
                      {t(`status.${token.status}`)}
                    </Badge>
                  </p>
                  <p className="text-sm text-gray-600">
                    <span className="font-mono" dir="ltr">
                      {token.prefix}…
                    </span>
                    <span aria-hidden="true"> · </span>
                    {t("created")}: {format.dateTime(token.createdAt, { dateStyle: "medium" })}
                    <span aria-hidden="true"> · </span>
                    {t("lastUsed")}: {token.lastUsedAt ? format.relativeTime(token.lastUsedAt) : t("never")}
                    <span aria-hidden="true"> · </span>
                    {t("createdBy")}: <bdi>{token.createdByName ?? t("createdByOperator")}</bdi>
                  </p>
                  {token.status !== "active" && <p className="mt-1 text-sm text-warning-800">{t("inactiveHint")}</p>}
                </div>
                <ActionButton
                  label={t("revoke")}
                  ariaLabel={`${t("revoke")}: ${token.name}`}
                  confirm={{ title: t("revokeTitle", { name: token.name }), description: t("revokeEffect"), confirmLabel: t("revoke") }}
                  action={revokeApiTokenAction.bind(null, slug, { name: token.name })}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
