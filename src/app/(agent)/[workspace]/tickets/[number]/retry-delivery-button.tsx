"use client";
// "Retry" beside a reply that could not be delivered: queues it again (retryDeliveryAction); the
// page refreshes to show it sending, and live updates show it sent.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { retryDeliveryAction } from "@/server/tickets/ticket.actions";
import { Button } from "@/ui/button";

export function RetryDeliveryButton(props: { slug: string; ticketNumber: number; messageId: string }) {
  const t = useTranslations("tickets.ticket.delivery");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function retry() {
    startTransition(async () => {
      const result = await retryDeliveryAction(props.slug, { ticketNumber: props.ticketNumber, messageId: props.messageId });
      if (result.ok) return setError(null);
      // Someone else retried it (or it went out) meanwhile: the page shows where it stands now.
      if (result.error.code === "CONFLICT") router.refresh();
      else setError(t("retryFailed"));
    });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" loading={pending} onClick={retry}>
        {t("retry")}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-danger-800">
          {error}
        </span>
      )}
    </span>
  );
}
