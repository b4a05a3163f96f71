// Reports: one place in the main navigation for the figures Shopdesk keeps. SLA attainment for
// agents and admins; the help center's measures (Settings > Help center) for admins.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { Card } from "@/ui/card";
import { PageHeader } from "@/ui/page-header";
import { NotForYou } from "./not-for-you";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

export default async function ReportsPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "AGENT")) return <NotForYou slug={ctx.workspace.slug} />;
  const t = await getTranslations("reports");
  const base = `/${ctx.workspace.slug}`;
  const reports = [
    { href: `${base}/reports/sla`, title: t("index.sla"), hint: t("index.slaHint") },
    ...(hasRole(ctx.actor, "ADMIN") ? [{ href: `${base}/settings/help-center`, title: t("index.helpCenter"), hint: t("index.helpCenterHint") }] : []),
  ];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {reports.map((r) => (
          <li key={r.href}>
            <Card className="h-full">
              <Link href={r.href} className="block h-full rounded-xl px-5 py-4 hover:bg-gray-50">
                <span className="block text-base font-semibold text-brand-700">{r.title}</span>
                <span className="mt-1 block text-sm text-gray-600">{r.hint}</span>
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
