"use client";
// The ticket's tags: remove one with its own button, add one as free text with the workspace's
// existing tags suggested (a native datalist: the browser's own accessible suggestion list).
// Like the other controls, each change names the version the page shows; a stale page refreshes.
import { useId, useState, useTransition } from "react";
import { isolate } from "@/lib/bidi";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateTicketAction } from "@/server/tickets/ticket.actions";
import { Button } from "@/ui/button";
import { RemoveIconButton } from "@/ui/remove-icon-button";
import { Input } from "@/ui/input";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";

export function TicketTags(props: { slug: string; ticketNumber: number; version: number; tags: string[]; suggestions: string[]; canEdit: boolean }) {
  const t = useTranslations("tickets.ticket.tagsEditor");
  const ts = useTranslations("tickets.ticket");
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState("");
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const [pending, startTransition] = useTransition();

  function save(change: { addTags?: string[]; removeTags?: string[] }, done: string) {
    startTransition(async () => {
      const result = await updateTicketAction(props.slug, { ticketNumber: props.ticketNumber, expectedVersion: props.version, ...change });
      if (result.ok) {
        setDraft("");
        return setMessage({ tone: "ok", text: done });
      }
      if (result.error.code === "CONFLICT") {
        setMessage({ tone: "error", text: ts("stale.propertyChanged") });
        router.refresh();
      } else if (result.error.code === "VALIDATION") setMessage({ tone: "error", text: t("invalid") });
      else setMessage({ tone: "error", text: ts("properties.failed") });
    });
  }

  function add() {
    const tag = draft.trim().toLowerCase();
    if (!tag) return setMessage({ tone: "error", text: t("empty") });
    if (props.tags.includes(tag)) return setDraft("");
    save({ addTags: [tag] }, t("added", { tag: isolate(tag) }));
  }

  const suggestions = props.suggestions.filter((s) => !props.tags.includes(s));

  return (
    <div className="flex flex-col gap-2">
      {props.tags.length === 0 ? (
        <p className="text-sm text-gray-600">{ts("noTags")}</p>
      ) : (
        <ul aria-label={ts("tags")} className="flex flex-wrap gap-1.5">
          {props.tags.map((tag) => (
            <li key={tag} className="inline-flex items-center gap-1 rounded bg-gray-100 py-0.5 ps-2 pe-0.5 text-xs text-gray-800">
              <bdi>{tag}</bdi>
              {props.canEdit && (
                <RemoveIconButton
                  disabled={pending}
                  aria-label={t("remove", { tag: isolate(tag) })}
                  onClick={() => save({ removeTags: [tag] }, t("removed", { tag: isolate(tag) }))}
                  size="sm"
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
            {t("newTag")}
          </label>
          <Input
            id={`${id}-new`}
            list={`${id}-suggestions`}
            value={draft}
            maxLength={60}
            autoComplete="off"
            placeholder={t("placeholder")}
            onChange={(e) => setDraft(e.target.value)}
            className="h-8 min-w-0 flex-1 text-sm"
          />
          <datalist id={`${id}-suggestions`}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <Button type="submit" size="sm" variant="secondary" loading={pending}>
            {t("add")}
          </Button>
        </form>
      )}
      <ActionMessage message={message} />
    </div>
  );
}
