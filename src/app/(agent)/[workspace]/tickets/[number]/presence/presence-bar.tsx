"use client";
// A compact line under the ticket header: the other members on this ticket, each with an avatar
// and what they are doing ("Ana is viewing", "Ana is writing a reply"). Empty (and invisible)
// when nobody else is here. Starting to write is announced politely to screen readers, so an
// agent does not reply at the same time as a colleague without knowing.
import { useTranslations } from "next-intl";
import { Avatar } from "@/ui/avatar";
import { cn } from "@/lib/cn";
import { isolate } from "@/lib/bidi";
import { usePresence } from "./use-presence";
import type { PresentMember } from "./presence-state";

/** Beyond this many people, the rest are summed up as "+N more". */
const MAX_SHOWN = 4;

export function PresenceBar({ workspace, ticketNumber }: { workspace: string; ticketNumber: number }) {
  const t = useTranslations("presence");
  const { members, started } = usePresence(workspace, ticketNumber);
  const shown = members.slice(0, MAX_SHOWN);
  const hidden = members.slice(MAX_SHOWN);
  // Each name is isolated inside the translated sentence ("Ana is viewing" in Arabic).
  const said = (m: PresentMember) => t(m.state, { name: isolate(m.name) });
  const announcement = started.map(said).join(". ");

  return (
    <div>
      {/* Always mounted: a live region added together with its text is often not announced. */}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {members.length > 0 && (
        <ul aria-label={t("label")} className="mt-3 flex flex-wrap items-center gap-2">
          {shown.map((m) => (
            <li
              key={m.memberId}
              className={cn(
                "inline-flex max-w-full items-center gap-1.5 rounded-full border py-0.5 ps-0.5 pe-2.5 text-xs",
                m.state === "replying"
                  ? "border-brand-200 bg-brand-50 text-brand-800"
                  : m.state === "noting"
                    ? "border-note-200 bg-note-50 text-note-800"
                    : "border-gray-200 bg-white text-gray-700",
              )}
            >
              <Avatar name={m.name} size="sm" decorative />
              <span className="truncate">{said(m)}</span>
              {m.state !== "viewing" && <WritingDots />}
            </li>
          ))}
          {hidden.length > 0 && (
            <li className="text-xs text-gray-600" title={hidden.map(said).join("\n")}>
              {t("more", { count: hidden.length })}
              <span className="sr-only">: {hidden.map(said).join(", ")}</span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

function WritingDots() {
  return (
    <span aria-hidden="true" className="inline-flex gap-0.5">
      {[0, 150, 300].map((delay) => (
        <span key={delay} className="size-1 animate-pulse rounded-full bg-current motion-reduce:animate-none" style={{ animationDelay: `${delay}ms` }} />
      ))}
    </span>
  );
}
