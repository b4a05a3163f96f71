import { Avatar } from "@/ui/avatar";
import { Badge } from "@/ui/badge";
import { cn } from "@/lib/cn";
import type { ReactNode } from "react";

type MessageProps = {
  kind: "INBOUND" | "REPLY" | "NOTE" | "AUTO_REPLY";
  authorName: string;
  text: string;
  at: Date;
  labels: { heading: string; internal: string; automatic: string; time: string; delivery?: string; deliveryError?: string };
  deliveryState?: "QUEUED" | "SENT" | "FAILED" | null;
  /** The "Retry" control of a failed delivery. */
  retry?: ReactNode;
  /** Names of the members a note mentions; their "@Name" is highlighted. */
  mentionedNames?: string[];
  /** A mail's body (sandboxed HTML, quoted text folded) in place of the plain text. */
  body?: ReactNode;
  /** Badges after the heading (an unparsed mail's). */
  badges?: ReactNode;
  /** Controls for the message itself, beside its time (a customer message's "Move to new ticket"). */
  actions?: ReactNode;
  /** Under the heading: a mail's From, Cc and how it was threaded. */
  meta?: ReactNode;
  /** After the body: attachments, the original message, its headers. */
  footer?: ReactNode;
};

/** The text with each "@Name" of a mentioned member in a <mark>, matched case-insensitively. */
function withMentions(text: string, names: readonly string[]): ReactNode {
  if (names.length === 0) return text;
  const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const parts = text.split(new RegExp(`(@(?:${escaped.join("|")}))(?![\\p{L}\\p{N}])`, "iu"));
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <mark key={i} data-mention="" className="rounded bg-brand-100 px-0.5 font-medium text-brand-900">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}

const DELIVERY_TONE = { QUEUED: "neutral", SENT: "success", FAILED: "danger" } as const;

/**
 * One message of the thread. Internal notes are amber with an "Internal" badge, so they never pass
 * for replies; automatic mails of Shopdesk carry an "Automatic" badge. Replies show where their
 * mail stands (sending, sent, failed with the server's words and a Retry control).
 */
export function ThreadMessage({ kind, authorName, text, at, labels, deliveryState = null, retry, mentionedNames = [], body, badges, actions, meta, footer }: MessageProps) {
  const note = kind === "NOTE";
  return (
    <li
      className={cn(
        "rounded-lg border p-4",
        note && "border-note-200 bg-note-50",
        kind === "REPLY" && "border-brand-100 bg-white",
        kind === "AUTO_REPLY" && "border-dashed border-gray-300 bg-gray-50",
        kind === "INBOUND" && "border-gray-200 bg-white",
      )}
      data-kind={kind.toLowerCase().replace("_", "-")}
      {...(deliveryState ? { "data-delivery": deliveryState.toLowerCase() } : {})}
    >
      {/* Names wrap rather than being cut ("Message from Hann…" on a phone); the time moves to
          its own line when the heading needs the width. */}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Avatar name={authorName} decorative size="sm" />
        <h3 className="min-w-0 flex-1 basis-40 text-sm font-semibold text-gray-900 [overflow-wrap:anywhere]">{labels.heading}</h3>
        {note && <Badge tone="note">{labels.internal}</Badge>}
        {kind === "AUTO_REPLY" && <Badge tone="neutral">{labels.automatic}</Badge>}
        {labels.delivery && deliveryState && <Badge tone={DELIVERY_TONE[deliveryState]}>{labels.delivery}</Badge>}
        {badges}
        <time dateTime={at.toISOString()} className="shrink-0 text-xs text-gray-500">
          {labels.time}
        </time>
        {actions}
      </div>
      {meta}
      {body ?? (
        /* dir="auto": a Greek reply inside the Arabic UI (or the reverse) keeps its own direction. */
        <div dir="auto" className="mt-3 whitespace-pre-wrap break-words text-sm leading-relaxed text-gray-800">
          {note ? withMentions(text, mentionedNames) : text}
        </div>
      )}
      {footer}
      {(labels.deliveryError || retry) && (
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-gray-100 pt-3">
          {labels.deliveryError && (
            <p dir="auto" className={cn("min-w-0 flex-1 basis-60 text-xs [overflow-wrap:anywhere]", deliveryState === "FAILED" ? "text-danger-800" : "text-gray-600")}>
              {labels.deliveryError}
            </p>
          )}
          {retry}
        </div>
      )}
    </li>
  );
}

export function ThreadEvent({ at, time, text }: { at: Date; time: string; text: string }) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-0.5 ps-4 text-xs text-gray-500">
      <span aria-hidden="true" className="size-1.5 rounded-full bg-gray-300" />
      <span className="min-w-0">{text}</span>
      <time dateTime={at.toISOString()} className="ms-auto">
        {time}
      </time>
    </li>
  );
}

/**
 * Consecutive changes by one actor as one line that opens to the rows above. A native
 * <details>: Enter and Space toggle it, screen readers announce it as expanded or collapsed, and
 * it works before (and without) JavaScript.
 */
export function ThreadEventFold({ at, time, summary, children }: { at: Date; time: string; summary: string; children: ReactNode }) {
  return (
    <li data-kind="events">
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-0.5 rounded ps-4 text-xs text-gray-500 hover:text-gray-700 [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="size-1.5 rounded-full bg-gray-300" />
          <span className="min-w-0">{summary}</span>
          <span aria-hidden="true" className="inline-block transition-transform rtl:-scale-x-100 group-open:rotate-90 rtl:group-open:-rotate-90">
            ▸
          </span>
          <time dateTime={at.toISOString()} className="ms-auto">
            {time}
          </time>
        </summary>
        <ol className="mt-2 flex flex-col gap-2 border-s border-gray-200 ps-2">{children}</ol>
      </details>
    </li>
  );
}
