"use client";
// "Move to new ticket" on a customer's message: says what will happen, asks, moves it
// (moveMessageToNewTicketAction) and opens the new ticket. Which messages get the control is
// decided by the page (src/lib/movable-messages.ts); the use case checks again. `authorName` is
// the sender as a mail's From names them: a stranger's mail threaded by References is recorded
// under the ticket's customer until it moves.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { isolate } from "@/lib/bidi";
import type { ActionError } from "@/server/action";
import { moveMessageToNewTicketAction } from "@/server/tickets/ticket.actions";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";

// moveMessageToNewTicket explains a refusal on `messageId` in English (MOVE_REFUSALS); these are its words.
const REASONS: Record<string, string> = {
  "is not a customer message": "notCustomer",
  "is the first message of the ticket": "first",
  "is the only customer message of the ticket": "onlyCustomer",
};

export function MoveMessage(props: { slug: string; ticketNumber: number; messageId: string; authorName: string; time: string }) {
  const t = useTranslations("tickets.ticket.moveMessage");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const name = isolate(props.authorName);

  function explain(e: ActionError): string {
    if (e.code === "FORBIDDEN") return tc("errors.forbidden");
    if (e.code === "NOT_FOUND") return t("errors.notFound");
    if (e.code === "CONFLICT") return t("errors.moved");
    const reason = e.fields?.messageId?.message;
    if (e.code === "VALIDATION" && reason && REASONS[reason]) return t(`errors.${REASONS[reason]}`);
    return tc("errors.generic");
  }

  function move() {
    startTransition(async () => {
      const result = await moveMessageToNewTicketAction(props.slug, { ticketNumber: props.ticketNumber, messageId: props.messageId });
      setOpen(false);
      if (!result.ok) {
        setError(explain(result.error));
        // Moved by someone else meanwhile: the thread shows where it is now.
        if (result.error.code === "CONFLICT" || result.error.code === "NOT_FOUND") router.refresh();
        return;
      }
      setError(null);
      router.push(`/${props.slug}/tickets/${result.data.ticket.number}`);
    });
  }

  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        aria-haspopup="dialog"
        aria-label={t("openLabel", { name, time: props.time })}
        loading={pending}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("open")}
      </Button>
      {error && (
        <p role="alert" className="basis-full text-xs text-danger-800">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={t("title", { number: props.ticketNumber })}
        description={<p>{t("explain", { name, number: props.ticketNumber })}</p>}
        confirmLabel={t("confirm")}
        cancelLabel={tc("actions.cancel")}
        pending={pending}
        onConfirm={move}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
