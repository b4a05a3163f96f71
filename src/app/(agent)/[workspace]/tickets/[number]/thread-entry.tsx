import { Avatar } from "@/ui/avatar";
import { Badge } from "@/ui/badge";
import { cn } from "@/lib/cn";

type MessageProps = {
  kind: "INBOUND" | "REPLY" | "NOTE";
  authorName: string;
  text: string;
  at: Date;
  labels: { heading: string; internal: string; time: string; delivery?: string };
  deliveryFailed?: boolean;
};

/** One message of the thread. Internal notes are amber with an "Internal" badge, so they never pass for replies. */
export function ThreadMessage({ kind, authorName, text, at, labels, deliveryFailed = false }: MessageProps) {
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
      <div className="flex items-center gap-3">
        <Avatar name={authorName} decorative size="sm" />
        <h3 className="min-w-0 flex-1 truncate text-sm font-semibold text-gray-900">{labels.heading}</h3>
        {note && <Badge tone="note">{labels.internal}</Badge>}
        {labels.delivery && <Badge tone={deliveryFailed ? "danger" : "neutral"}>{labels.delivery}</Badge>}
        <time dateTime={at.toISOString()} className="shrink-0 text-xs text-gray-500">
          {labels.time}
        </time>
      </div>
      {/* dir="auto": a Greek reply inside the Arabic UI (or the reverse) keeps its own direction. */}
      <div dir="auto" className="mt-3 whitespace-pre-wrap break-words text-sm leading-relaxed text-gray-800">
        {text}
      </div>
    </li>
  );
}

export function ThreadEvent({ at, time, text }: { at: Date; time: string; text: string }) {
  return (
    <li className="flex items-center gap-3 ps-4 text-xs text-gray-500">
      <span aria-hidden="true" className="size-1.5 rounded-full bg-gray-300" />
      <span>{text}</span>
      <time dateTime={at.toISOString()} className="ms-auto">
        {time}
      </time>
    </li>
  );
}
