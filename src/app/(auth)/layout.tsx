// Pages for people who are not signed in: a centred card under the wordmark, language picker below.
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/ui/locale-switcher";
import { Card } from "@/ui/card";
import { Wordmark } from "@/ui/wordmark";
import { setLocaleAction } from "@/server/users/locale.actions";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center bg-linear-to-b from-brand-50 to-gray-50 px-4 py-10 sm:justify-center sm:py-16">
      <div className="w-full max-w-md">
        <div className="mb-8 flex justify-center">
          <Wordmark />
        </div>
        <main id="main">
          <Card className="p-6 sm:p-8">{children}</Card>
        </main>
        <footer className="mt-6 flex justify-center">
          <LocaleSwitcher action={setLocaleAction} />
        </footer>
      </div>
    </div>
  );
}
