import { Avatar } from "@/ui/avatar";
import { Badge } from "@/ui/badge";
import { cn } from "@/lib/cn";
import type { ReactNode } from "react";

type MessageProps = {
  kind: "INBOUND" | "REPLY" | "NOTE";
  authorName: string;
  text: string;
  at: Date;
  labels: { heading: string; internal: string; time: string; delivery?: string };
  deliveryFailed?: boolean;
  /** Names of the members a note mentions; their "@Name" is highlighted. */
  mentionedNames?: string[];
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

/** One message of the thread. Internal notes are amber with an "Internal" badge, so they never pass for replies. */
export function ThreadMessage({ kind, authorName, text, at, labels, deliveryFailed = false, mentionedNames = [] }: MessageProps) {
  const note = kind === "NOTE";
  return (
    <li
      className={cn(
        "rounded-lg border p-4",
        note && "border-note-200 bg-note-50",
        kind === "REPLY" && "border-brand-100 bg-white",
        kind === "INBOUND" && "border-gray-200 bg-white",
      )}
      data-kind={kind.toLowerCase()}
    >
      {/* Names wrap rather than being cut ("Message from Hann…" on a phone); the time moves to
          its own line when the heading needs the width. */}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Avatar name={authorName} decorative size="sm" />
        <h3 className="min-w-0 flex-1 basis-40 text-sm font-semibold text-gray-900 [overflow-wrap:anywhere]">{labels.heading}</h3>
        {note && <Badge tone="note">{labels.internal}</Badge>}
        {labels.delivery && <Badge tone={deliveryFailed ? "danger" : "neutral"}>{labels.delivery}</Badge>}
        <time dateTime={at.toISOString()} className="shrink-0 text-xs text-gray-500">
          {labels.time}
        </time>
      </div>
      {/* dir="auto": a Greek reply inside the Arabic UI (or the reverse) keeps its own direction. */}
      <div dir="auto" className="mt-3 whitespace-pre-wrap break-words text-sm leading-relaxed text-gray-800">
        {note ? withMentions(text, mentionedNames) : text}
      </div>
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
