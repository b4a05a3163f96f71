"use client";
// Member suggestions after "@" in the internal-note field (textarea-autocomplete.tsx does the
// listbox and keys): Enter or Tab inserts "@Full Name ". Only the names are inserted; the server
// finds the mentions.
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { replaceInTextarea, useTextareaAutocomplete } from "./textarea-autocomplete";

export type Mentionable = { id: string; name: string; email: string };

const MAX_OPTIONS = 8;
// "@" at the start or after a space or opening bracket (not inside an email address), then
// what was typed so far on this line.
const TRIGGER = /(?:^|[\s([{"'«])@([^@\n]{0,40})$/u;

function matches(m: Mentionable, q: string): boolean {
  if (!q) return true;
  const query = q.toLocaleLowerCase();
  const name = m.name.toLocaleLowerCase();
  return name.startsWith(query) || name.split(/\s+/).some((w) => w.startsWith(query)) || m.email.toLowerCase().startsWith(query);
}

export function useMentionAutocomplete(opts: {
  members: readonly Mentionable[];
  enabled: boolean;
  setText: (text: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
}) {
  const t = useTranslations("tickets.ticket.mentions");
  return useTextareaAutocomplete<Mentionable>({
    trigger: TRIGGER,
    enabled: opts.enabled,
    getOptions: ({ q }) => opts.members.filter((m) => matches(m, q)).slice(0, MAX_OPTIONS),
    optionKey: (m) => m.id,
    label: t("label"),
    renderOption: (m) => (
      <>
        <bdi className="font-medium">{m.name}</bdi>
        <span dir="ltr" className="text-start text-xs text-gray-500">
          {m.email}
        </span>
      </>
    ),
    onPick: (m, range) => replaceInTextarea(opts.textarea.current, opts.setText, range.start, range.end, `@${m.name} `),
  });
}
