// What a member who is not an admin sees on an admin's settings page (a link, a bookmark): who
// manages it, what they can change themselves, and the way back. No data of the page itself.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody } from "@/ui/card";
import { buttonClasses } from "@/ui/button";

export async function AdminOnly({ slug }: { slug: string }) {
  const t = await getTranslations("settings");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("adminOnly.title")} description={t("adminOnly.description")} />
      <Card>
        <CardBody className="flex flex-col gap-3">
          <p className="text-sm text-gray-700">{t("adminOnly.yours")}</p>
          <div className="flex flex-wrap gap-2">
            <Link href={`/${slug}/settings/account`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
              {t("account.nav")}
            </Link>
            <Link href={`/${slug}/inbox`} className={buttonClasses({ variant: "ghost", size: "sm" })}>
              {t("backToInbox")}
            </Link>
          </div>
        </CardBody>
      </Card>
    </div>
  );
}
