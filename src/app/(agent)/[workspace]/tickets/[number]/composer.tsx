"use client";
// Reply and internal-note form. It remembers the ticket version the agent started from, so a
// reply written while the ticket changed (a new customer message, another agent's reply or
// assignment) is stopped with a notice listing those changes; the agent then sends anyway or
// discards. Internal notes look like notes here too: amber, with the "never sent" hint.
// In a note, "@" suggests members to mention. Shortcuts: r (reply) and n (note) focus the field.
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { addNoteAction, sendReplyAction } from "@/server/tickets/ticket.actions";
import type { ActionError } from "@/server/action";
import type { ConflictDetails } from "@/server/errors";
import { Button } from "@/ui/button";
import { Textarea } from "@/ui/textarea";
import { Alert } from "@/ui/alert";
import { cn } from "@/lib/cn";
import { useShortcuts } from "../../shortcuts/use-shortcuts";
import { useMentionAutocomplete, type Mentionable } from "./mention-autocomplete";
import { useComposerPresence } from "./presence/composer-presence";

type Mode = "reply" | "note";
type Status = "PENDING" | "CLOSED" | undefined;
const KNOWN_CHANGES = new Set(["CUSTOMER_MESSAGE", "REPLY_ADDED", "NOTE_ADDED", "STATUS_CHANGED", "ASSIGNEE_CHANGED", "PRIORITY_CHANGED", "AREA_CHANGED", "TAG_ADDED", "TAG_REMOVED"]);

export function Composer(props: {
  slug: string;
  ticketNumber: number;
  version: number;
  canReply: boolean;
  customerName: string;
  /** Where "Send and go to next" goes: the next ticket of the list the agent came from, else that list. */
  afterSendHref: string;
  /** Members a note can @mention (without the writer). */
  members?: Mentionable[];
}) {
  const t = useTranslations("tickets.ticket");
  const tc = useTranslations("common");
  const id = useId();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(props.canReply ? "reply" : "note");
  const [text, setText] = useState("");
  useComposerPresence(props.ticketNumber, mode, text.trim() !== "");
  // The version this draft was written against; it moves only when the agent sends or discards.
  const [baseVersion, setBaseVersion] = useState(props.version);
  // A newer version arriving while nothing is written yet (the agent's own tag or status change,
  // a live update) is simply the new starting point: only a draft can be stale.
  const [shownVersion, setShownVersion] = useState(props.version);
  if (props.version !== shownVersion) {
    setShownVersion(props.version);
    if (!text.trim()) setBaseVersion(props.version);
  }
  const [conflict, setConflict] = useState<{ details: ConflictDetails; status: Status; goNext: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const noticeRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const mention = useMentionAutocomplete({ members: props.members ?? [], enabled: mode === "note", text, setText, textarea: fieldRef });

  function focusIn(next: Mode) {
    if (next === "reply" && !props.canReply) return;
    setMode(next);
    requestAnimationFrame(() => fieldRef.current?.focus());
  }
  useShortcuts({ r: () => focusIn("reply"), n: () => focusIn("note") });

  function submit(status: Status, expectedVersion: number, goNext = false) {
    if (!text.trim()) return setError(t("composer.empty"));
    // Decided now: the list's next ticket as this page showed it before the reply moved anything.
    const next = props.afterSendHref;
    setError(null);
    setDone(null);
    startTransition(async () => {
      const input = { ticketNumber: props.ticketNumber, text, expectedVersion };
      const result = mode === "reply" ? await sendReplyAction(props.slug, { ...input, status }) : await addNoteAction(props.slug, input);
      if (result.ok) {
        setText("");
        setConflict(null);
        setBaseVersion(result.data.version);
        setDone(mode === "reply" ? t("composer.sent") : t("composer.noteAdded"));
        if (goNext) router.push(next);
        return;
      }
      handleError(result.error, status, goNext);
    });
  }

  function handleError(e: ActionError, status: Status, goNext: boolean) {
    if (e.code === "CONFLICT" && e.details) {
      setConflict({ details: e.details, status, goNext });
      requestAnimationFrame(() => noticeRef.current?.focus());
    } else if (e.code === "VALIDATION") setError(t("composer.empty"));
    else if (e.code === "FORBIDDEN") setError(t("composer.forbidden"));
    else setError(tc("errors.generic"));
  }

  const changeLabels = conflict
    ? [...new Set(conflict.details.changes.map((c) => (KNOWN_CHANGES.has(c.type) ? c.type : "other")))].map((k) => t(`stale.changes.${k}`))
    : [];

  return (
    <section aria-label={t("composer.label")} className={cn("rounded-lg border p-4", mode === "note" ? "border-note-200 bg-note-50" : "border-gray-200 bg-white")}>
      <div role="group" aria-label={t("composer.label")} className="mb-3 flex gap-1">
        {(["reply", "note"] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            disabled={m === "reply" && !props.canReply}
            onClick={() => setMode(m)}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50",
              mode === m ? (m === "note" ? "bg-note-100 text-note-800" : "bg-brand-50 text-brand-700") : "text-gray-600 hover:bg-gray-100",
            )}
          >
            {t(`composer.${m}`)}
          </button>
        ))}
      </div>
      {conflict && (
        <Alert tone="warning" role="alert" title={t("stale.title")} ref={noticeRef} tabIndex={-1} className="mb-3">
          <p>{t("stale.description")}</p>
          <ul className="mt-2 list-disc ps-5">
            {changeLabels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button size="sm" loading={pending} onClick={() => submit(conflict.status, conflict.details.currentVersion, conflict.goNext)}>
              {t("stale.sendAnyway")}
            </Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                setText("");
                setBaseVersion(conflict.details.currentVersion);
                setConflict(null);
              }}
            >
              {t("stale.discard")}
            </Button>
          </div>
        </Alert>
      )}
      <label htmlFor={id} className="sr-only">
        {mode === "reply" ? t("composer.replyField", { name: props.customerName }) : t("composer.noteField")}
      </label>
      <div className="relative">
      <Textarea
        ref={fieldRef}
        id={id}
        dir="auto"
        rows={5}
        value={text}
        aria-describedby={`${id}-hint`}
        aria-invalid={error ? true : undefined}
        {...mention.textareaProps}
        onChange={(e) => {
          setText(e.target.value);
          mention.update(e.target);
        }}
        onSelect={(e) => mention.update(e.currentTarget)}
        onKeyDown={(e) => {
          if (mention.onKeyDown(e)) return;
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit(undefined, baseVersion);
          }
        }}
      />
      {mention.listbox}
      </div>
      <p id={`${id}-hint`} className="mt-1.5 text-xs text-gray-600">
        {mode === "note" ? t("composer.noteHint") : props.canReply ? t("composer.shortcut") : t("composer.lightAgentHint")}
      </p>
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger-700">
          {error}
        </p>
      )}
      <p role="status" className="sr-only">
        {done}
      </p>
      <div className="mt-3 flex flex-wrap justify-end gap-2">
        {mode === "reply" ? (
          <>
            <Button variant="secondary" disabled={pending} onClick={() => submit("CLOSED", baseVersion)}>
              {t("composer.sendClose")}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => submit("PENDING", baseVersion)}>
              {t("composer.sendPending")}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => submit(undefined, baseVersion, true)}>
              {t("composer.sendNext")}
            </Button>
            <Button loading={pending} onClick={() => submit(undefined, baseVersion)}>
              {pending ? t("composer.sending") : t("composer.send")}
            </Button>
          </>
        ) : (
          <Button loading={pending} onClick={() => submit(undefined, baseVersion)}>
            {pending ? t("composer.sending") : t("composer.addNote")}
          </Button>
        )}
      </div>
    </section>
  );
}
