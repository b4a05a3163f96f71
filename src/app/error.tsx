"use client";
// Unexpected errors below the root layout. Server errors reach us without their message in
// production, only with a digest that also appears in the server log: show it as a reference.
import { useEffect, useRef } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/ui/button";

function errorDigest(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common");
  const heading = useRef<HTMLHeadingElement>(null);
  const digest = errorDigest(error);

  useEffect(() => {
    console.error(error);
    heading.current?.focus();
  }, [error]);

  return (
    <main id="main" className="mx-auto flex min-h-[70dvh] max-w-lg flex-col items-center justify-center px-4 py-16 text-center">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight text-gray-900 focus:outline-none">
        {t("errors.generic")}
      </h1>
      <p className="mt-2 text-gray-600">{t("errors.genericDescription")}</p>
      {digest && <p className="mt-4 text-sm text-gray-500">{t("errors.requestId", { id: digest })}</p>}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button onClick={() => retry()}>{t("actions.retry")}</Button>
        <Link href="/" className={buttonClasses({ variant: "secondary" })}>
          {t("notFound.home")}
        </Link>
      </div>
    </main>
  );
}
