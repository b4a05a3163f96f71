"use client";
// Previous and Next ticket of the list the agent came from (the inbox's order, computed on the
// server by findAdjacentTickets), as links and as the keys [ and ].
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/ui/button";
import { cn } from "@/lib/cn";
import { useShortcuts } from "../../shortcuts/use-shortcuts";

export function TicketPager({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  const t = useTranslations("tickets.ticket.nav");
  const router = useRouter();
  useShortcuts({
    "[": () => previousHref && router.push(previousHref),
    "]": () => nextHref && router.push(nextHref),
  });
  const look = buttonClasses({ variant: "secondary", size: "sm" });
  const off = cn(look, "cursor-not-allowed opacity-50");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2">
      {previousHref ? (
        <Link href={previousHref} rel="prev" aria-keyshortcuts="[" className={look}>
          <span aria-hidden="true" className="inline-block rtl:rotate-180">←</span> {t("previous")}
        </Link>
      ) : (
        <span aria-disabled="true" className={off}>
          <span aria-hidden="true" className="inline-block rtl:rotate-180">←</span> {t("previous")}
        </span>
      )}
      {nextHref ? (
        <Link href={nextHref} rel="next" aria-keyshortcuts="]" className={look}>
          {t("next")} <span aria-hidden="true" className="inline-block rtl:rotate-180">→</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={off}>
          {t("next")} <span aria-hidden="true" className="inline-block rtl:rotate-180">→</span>
        </span>
      )}
    </nav>
  );
}
