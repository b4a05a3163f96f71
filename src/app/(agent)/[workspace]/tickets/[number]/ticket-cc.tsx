"use client";
// The ticket's Cc: the people besides the customer who receive its replies. Remove one with its
// own button, add one by address; the server refuses the workspace's own addresses, the customer
// and more than 20, and says which in the agent's language. Like the tags, each change names the
// version the page shows; a stale page refreshes.
import { useId, useState, useTransition } from "react";
import { isolate } from "@/lib/bidi";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateTicketCcAction } from "@/server/tickets/ticket.actions";
import type { ActionError } from "@/server/action";
import { Button } from "@/ui/button";
import { RemoveIconButton } from "@/ui/remove-icon-button";
import { Input } from "@/ui/input";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";

const KNOWN_ERRORS = new Set(["ownAddress", "customerAddress", "tooManyCc", "invalidEmail"]);

export function TicketCc(props: { slug: string; ticketNumber: number; version: number; cc: string[]; canEdit: boolean }) {
  const t = useTranslations("tickets.ticket.ccEditor");
  const ts = useTranslations("tickets.ticket");
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState("");
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const [pending, startTransition] = useTransition();

  function failed(e: ActionError): string {
    if (e.code === "CONFLICT") {
      router.refresh();
      return ts("stale.propertyChanged");
    }
    if (e.code === "VALIDATION") {
      const code = Object.values(e.fields ?? {})[0]?.code ?? "invalidEmail";
      return t(`errors.${KNOWN_ERRORS.has(code) ? code : "invalidEmail"}`);
    }
    return ts("properties.failed");
  }

  function save(change: { add?: string[]; remove?: string[] }, done: string) {
    startTransition(async () => {
      const result = await updateTicketCcAction(props.slug, { ticketNumber: props.ticketNumber, expectedVersion: props.version, ...change });
      if (result.ok) {
        setDraft("");
        return setMessage({ tone: "ok", text: done });
      }
      setMessage({ tone: "error", text: failed(result.error) });
    });
  }

  function add() {
    const address = draft.trim();
    if (!address) return setMessage({ tone: "error", text: t("empty") });
    if (props.cc.some((c) => c.toLowerCase() === address.toLowerCase())) return setDraft("");
    save({ add: [address] }, t("added", { address: isolate(address) }));
  }

  return (
    <div className="flex flex-col gap-2">
      {props.cc.length === 0 ? (
        <p className="text-sm text-gray-600">{t("none")}</p>
      ) : (
        <ul aria-label={t("label")} className="flex flex-col gap-1" data-ticket-cc="">
          {props.cc.map((address) => (
            <li key={address} className="flex items-center justify-between gap-2 text-sm text-gray-800">
              <bdi className="min-w-0 [overflow-wrap:anywhere]">{address}</bdi>
              {props.canEdit && (
                <RemoveIconButton
                  disabled={pending}
                  aria-label={t("remove", { address: isolate(address) })}
                  onClick={() => save({ remove: [address] }, t("removed", { address: isolate(address) }))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {props.canEdit && (
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label htmlFor={`${id}-new`} className="sr-only">
            {t("newAddress")}
          </label>
          <Input
            id={`${id}-new`}
            type="email"
            dir="ltr"
            value={draft}
            maxLength={254}
            autoComplete="off"
            placeholder={t("placeholder")}
            onChange={(e) => setDraft(e.target.value)}
            className="h-8 min-w-0 flex-1 text-sm"
          />
          {/* Named apart from the tags' "Add" beside it; the name starts with the visible word. */}
          <Button type="submit" size="sm" variant="secondary" loading={pending} aria-label={t("addLabel")}>
            {t("add")}
          </Button>
        </form>
      )}
      <ActionMessage message={message} />
    </div>
  );
}
