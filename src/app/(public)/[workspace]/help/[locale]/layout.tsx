// The public help center's frame (../../public-frame.tsx): the shop's name, the way to its contact
// form, and links to the help center in the other languages.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { appUrl } from "@/env";
import { helpContext, helpPath, type HelpParams } from "../help-params";
import { PublicFrame } from "../../public-frame";

/** Canonical, hreflang and Open Graph URLs are absolute, on the app's public address (APP_URL). */
export function generateMetadata(): Metadata {
  return { metadataBase: new URL(appUrl()) };
}

export default async function HelpLayout({ children, params }: { children: ReactNode; params: HelpParams }) {
  const { workspace, locale } = await helpContext(params);
  return (
    <PublicFrame workspace={workspace} locale={locale} section="help" pathIn={(l) => helpPath(workspace, l)}>
      {children}
    </PublicFrame>
  );
}
