import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { buttonClasses } from "@/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col items-center justify-center px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-600" dir="ltr">
        404
      </p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-gray-900">{t("title")}</h1>
      <p className="mt-2 text-gray-600">{t("description")}</p>
      <Link href="/" className={cn(buttonClasses({ variant: "primary" }), "mt-8")}>
        {t("home")}
      </Link>
    </main>
  );
}
