import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/server/auth/session";
import { Alert } from "@/ui/alert";
import { safeCallbackUrl } from "./callback-url";
import { LoginForm, type LoginError } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** next-auth sends errors of its own pages here (pages.error = "/login"). */
function errorFromQuery(error: string | undefined): LoginError | undefined {
  if (!error) return undefined;
  return error === "CredentialsSignin" ? { kind: "invalid" } : { kind: "unexpected" };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  // Someone already signed in has nothing to do here.
  if (await getSessionUser()) redirect(callbackUrl ?? "/");
  const t = await getTranslations("auth.login");
  const signedOut = first(params.signedOut) === "1";

  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-gray-900 sm:text-2xl">{t("title")}</h1>
      <p className="mt-1.5 text-sm text-gray-600">{t("subtitle")}</p>
      {signedOut && (
        <Alert tone="success" className="mt-6">
          {t("signedOut")}
        </Alert>
      )}
      <LoginForm
        className="mt-6"
        callbackUrl={callbackUrl}
        initialError={errorFromQuery(first(params.error))}
      />
    </>
  );
}
