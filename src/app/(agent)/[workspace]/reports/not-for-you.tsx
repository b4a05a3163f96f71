// What a light agent sees on a report (a link, a bookmark): reports are for agents and admins.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/ui/button";
import { Card, CardBody } from "@/ui/card";
import { PageHeader } from "@/ui/page-header";

export async function NotForYou({ slug }: { slug: string }) {
  const [t, ts] = await Promise.all([getTranslations("reports"), getTranslations("settings")]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("notForYou.title")} description={t("notForYou.description")} />
      <Card>
        <CardBody>
          <Link href={`/${slug}/inbox`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            {ts("backToInbox")}
          </Link>
        </CardBody>
      </Card>
    </div>
  );
}
