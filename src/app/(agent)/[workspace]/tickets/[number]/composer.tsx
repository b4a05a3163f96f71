"use client";
// Reply and internal-note form. It remembers the ticket version the agent started from, so a
// reply written while the ticket changed (a new customer message, another agent's reply or
// assignment) is stopped with a notice listing those changes; the agent then sends anyway or
// discards. Internal notes look like notes here too: amber, with the "never sent" hint.
// In a note, "@" suggests members to mention; in either, "#" (or the Canned reply button) searches
// canned replies and inserts the one picked in the customer's language. Shortcuts: r (reply) and
// n (note) focus the field.
// Files can be attached to either (a note's stay with the agents); the limits are checked here
// before sending, in the agent's language, and again by the server. A reply names its Cc.
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { isolate } from "@/lib/bidi";
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES, MAX_REPLY_TOTAL_BYTES, replyFileProblems } from "@/lib/reply-attachments";
import { addNoteAction, sendReplyAction } from "@/server/tickets/ticket.actions";
import type { ActionError } from "@/server/action";
import type { ConflictDetails } from "@/server/errors";
import { Button } from "@/ui/button";
import { RemoveIconButton } from "@/ui/remove-icon-button";
import { Textarea } from "@/ui/textarea";
import { Alert } from "@/ui/alert";
import { cn } from "@/lib/cn";
import { useShortcuts } from "../../shortcuts/use-shortcuts";
import { useMentionAutocomplete, type Mentionable } from "./mention-autocomplete";
import { useCannedReplyAutocomplete } from "./canned-reply-autocomplete";
import { replaceInTextarea } from "./textarea-autocomplete";
import { useComposerPresence } from "./presence/composer-presence";

type Mode = "reply" | "note";
type Status = "PENDING" | "CLOSED" | undefined;
const KNOWN_CHANGES = new Set(["CUSTOMER_MESSAGE", "REPLY_ADDED", "NOTE_ADDED", "STATUS_CHANGED", "ASSIGNEE_CHANGED", "TEAM_CHANGED", "PRIORITY_CHANGED", "AREA_CHANGED", "TAG_ADDED", "TAG_REMOVED", "CC_ADDED", "CC_REMOVED"]);
const MB = 1024 * 1024;
const PLACEHOLDER_KEYS = { "customer.name": "customerName", "ticket.number": "ticketNumber", "agent.name": "agentName", "order.number": "orderNumber" } as const;
const FILE_ERRORS = new Set(["tooManyFiles", "fileTooLarge", "filesTooLarge"]);

export function Composer(props: {
  slug: string;
  ticketNumber: number;
  version: number;
  canReply: boolean;
  customerName: string;
  /** The ticket's Cc addresses: they receive the reply too. */
  cc?: string[];
  /** Where "Send and go to next" goes: the next ticket of the list the agent came from, else that list. */
  afterSendHref: string;
  /** Members a note can @mention (without the writer). */
  members?: Mentionable[];
}) {
  const t = useTranslations("tickets.ticket");
  const tc = useTranslations("common");
  const format = useFormatter();
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
  const [files, setFiles] = useState<File[]>([]);
  // The server's words about the files, until they change.
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const noticeRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const mention = useMentionAutocomplete({ members: props.members ?? [], enabled: mode === "note", setText, textarea: fieldRef });
  // What the last canned reply left to do: nothing, a failure, or placeholders this ticket has no value for.
  const [cannedNote, setCannedNote] = useState<string | null>(null);
  const canned = useCannedReplyAutocomplete({
    slug: props.slug,
    ticketNumber: props.ticketNumber,
    setText,
    textarea: fieldRef,
    onInserted: ({ failed, missing }) =>
      setCannedNote(
        failed
          ? t("cannedReplies.failed")
          : missing.length > 0
            ? t("cannedReplies.missing", { list: missing.map((p) => t(`cannedReplies.placeholders.${PLACEHOLDER_KEYS[p]}`)).join(", ") })
            : t("cannedReplies.inserted"),
      ),
  });
  const autocomplete = mention.open ? mention : canned;

  /** The Canned reply button: starts a "#" at the caret (as a word of its own), which opens the search. */
  function startCannedSearch() {
    const el = fieldRef.current;
    if (!el) return;
    const at = el.selectionStart;
    const before = el.value.slice(0, at);
    replaceInTextarea(el, setText, at, el.selectionEnd, before === "" || /\s$/u.test(before) ? "#" : " #");
    canned.update(el);
  }

  function focusIn(next: Mode) {
    if (next === "reply" && !props.canReply) return;
    setMode(next);
    requestAnimationFrame(() => fieldRef.current?.focus());
  }
  useShortcuts({ r: () => focusIn("reply"), n: () => focusIn("note") });

  const formatSize = (bytes: number) =>
    bytes >= MB
      ? format.number(bytes / MB, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });

  /** A file-limit code as a sentence; `index` names the file. */
  function fileProblem(code: string, index: number | null): string {
    if (code === "tooManyFiles") return t("composer.files.tooMany", { max: MAX_REPLY_FILES });
    if (code === "fileTooLarge") return t("composer.files.tooLarge", { name: isolate(files[index ?? -1]?.name ?? ""), max: MAX_REPLY_FILE_BYTES / MB });
    return t("composer.files.totalTooLarge", { max: MAX_REPLY_TOTAL_BYTES / MB });
  }
  const limitErrors = replyFileProblems(files).map((p) => fileProblem(p.code, p.index));
  const shownFileErrors = limitErrors.length > 0 ? limitErrors : fileErrors;

  function chooseFiles(list: FileList | null) {
    if (!list || list.length === 0) return;
    // Copied now: the input's FileList is live and emptied right after (to let the same file be
    // chosen again), and React may run the updater later, e.g. behind a live refresh in flight.
    const chosen = Array.from(list);
    setFiles((current) => [...current, ...chosen]);
    setFileErrors([]);
  }

  function removeFile(index: number) {
    setFiles((current) => current.filter((_, i) => i !== index));
    setFileErrors([]);
  }

  function submit(status: Status, expectedVersion: number, goNext = false) {
    if (!text.trim()) return setError(t("composer.empty"));
    if (limitErrors.length > 0) return;
    // Decided now: the list's next ticket as this page showed it before the reply moved anything.
    const next = props.afterSendHref;
    setError(null);
    setDone(null);
    startTransition(async () => {
      // Each file goes as a Blob, which React sends as a part of a multipart body.
      const attachments = files.map((f) => ({ filename: f.name, contentType: f.type, content: f }));
      const input = { ticketNumber: props.ticketNumber, text, expectedVersion, ...(attachments.length > 0 ? { attachments } : {}) };
      const result = mode === "reply" ? await sendReplyAction(props.slug, { ...input, status }) : await addNoteAction(props.slug, input);
      if (result.ok) {
        setText("");
        setFiles([]);
        setFileErrors([]);
        setConflict(null);
        setCannedNote(null);
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
    } else if (e.code === "VALIDATION") {
      // Field errors about the files ("attachments", "attachments.<i>") are listed with them.
      const onFiles = Object.entries(e.fields ?? {}).filter(([k]) => k === "attachments" || k.startsWith("attachments."));
      if (onFiles.length === 0) return setError(t("composer.empty"));
      setFileErrors(
        onFiles.map(([k, issue]) => {
          const index = k === "attachments" ? null : Number(k.split(".")[1]);
          return FILE_ERRORS.has(issue.code) ? fileProblem(issue.code, index) : t("composer.files.invalid", { name: isolate(files[index ?? -1]?.name ?? "") });
        }),
      );
    }
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
                setFiles([]);
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
        {...autocomplete.textareaProps}
        onChange={(e) => {
          setText(e.target.value);
          setCannedNote(null);
          mention.update(e.target);
          canned.update(e.target);
        }}
        onSelect={(e) => {
          mention.update(e.currentTarget);
          canned.update(e.currentTarget);
        }}
        onKeyDown={(e) => {
          if (mention.onKeyDown(e) || canned.onKeyDown(e)) return;
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit(undefined, baseVersion);
          }
        }}
      />
      {mention.listbox}
      {canned.listbox}
      </div>
      <div className="mt-1.5 flex flex-wrap items-start justify-between gap-2">
        <p id={`${id}-hint`} className="text-xs text-gray-600">
          {mode === "note" ? t("composer.noteHint") : props.canReply ? t("composer.shortcut") : t("composer.lightAgentHint")} {t("cannedReplies.hint")}
        </p>
        <button
          type="button"
          title={t("cannedReplies.buttonTitle")}
          aria-describedby={`${id}-hint`}
          onClick={startCannedSearch}
          className="shrink-0 rounded-md border border-gray-300 bg-white px-2.5 py-1 text-xs font-medium text-gray-800 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          <span aria-hidden="true"># </span>
          {t("cannedReplies.button")}
        </button>
      </div>
      <p role="status" className="mt-1 text-xs text-gray-700 empty:hidden" data-canned-note="">
        {cannedNote}
      </p>
      <p role="status" className="sr-only">
        {canned.open ? t("cannedReplies.results", { count: canned.optionCount }) : null}
      </p>
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger-700">
          {error}
        </p>
      )}
      <div className="mt-3 flex flex-col gap-2">
        {/* The native input does the work (keyboard, screen readers, the file picker); its own
            button would speak the browser's language, so it is visually hidden and its label, in
            the agent's language, is what shows, with the input's focus ring. */}
        <div className="relative">
          <input
            id={`${id}-files`}
            type="file"
            multiple
            aria-describedby={`${id}-files-hint`}
            aria-invalid={shownFileErrors.length > 0 ? true : undefined}
            onChange={(e) => {
              chooseFiles(e.currentTarget.files);
              // Choosing the same file again after removing it still counts as a change.
              e.currentTarget.value = "";
            }}
            className="peer sr-only"
          />
          <label
            htmlFor={`${id}-files`}
            className="inline-flex cursor-pointer items-center rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-800 hover:bg-gray-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600"
          >
            {t("composer.files.attach")}
          </label>
        </div>
        <p id={`${id}-files-hint`} className="text-xs text-gray-600">
          {mode === "note"
            ? t("composer.files.noteHint", { files: MAX_REPLY_FILES, fileMb: MAX_REPLY_FILE_BYTES / MB, totalMb: MAX_REPLY_TOTAL_BYTES / MB })
            : t("composer.files.hint", { files: MAX_REPLY_FILES, fileMb: MAX_REPLY_FILE_BYTES / MB, totalMb: MAX_REPLY_TOTAL_BYTES / MB })}
        </p>
        {files.length > 0 && (
          <ul aria-label={t("composer.files.chosen")} className="flex flex-col gap-1" data-composer-files="">
            {files.map((f, i) => (
              <li key={`${i}-${f.name}-${f.size}`} className="flex items-center gap-2 rounded border border-gray-200 bg-white px-2 py-1 text-sm">
                <span dir="auto" className="min-w-0 flex-1 truncate">
                  {f.name}
                </span>
                <span className="shrink-0 text-xs text-gray-500">{formatSize(f.size)}</span>
                <RemoveIconButton aria-label={t("composer.files.remove", { name: isolate(f.name) })} onClick={() => removeFile(i)} />
              </li>
            ))}
          </ul>
        )}
        {shownFileErrors.length > 0 && (
          <ul role="alert" className="flex flex-col gap-0.5 text-sm text-danger-700">
            {shownFileErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="sr-only">
        {done}
      </p>
      {mode === "reply" && props.canReply && (props.cc?.length ?? 0) > 0 && (
        <p className="mt-3 text-sm text-gray-700 [overflow-wrap:anywhere]" data-composer-cc="">
          {t("composer.cc", { list: isolate(props.cc!.join(", ")) })}
        </p>
      )}
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
