"use client";
// Member suggestions after "@" in the internal-note field: a listbox the textarea drives with
// aria-activedescendant (focus stays in the text), arrow keys to move, Enter or Tab to insert
// "@Full Name ", Escape to close. Only the names are inserted; the server finds the mentions.
import { useId, useState, type KeyboardEvent, type RefObject } from "react";
import { flushSync } from "react-dom";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

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
  text: string;
  setText: (text: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
}) {
  const t = useTranslations("tickets.ticket.mentions");
  const id = useId();
  const [query, setQuery] = useState<{ start: number; end: number; q: string } | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);

  const options = query && opts.enabled ? opts.members.filter((m) => matches(m, query.q)).slice(0, MAX_OPTIONS) : [];
  const open = options.length > 0 && query !== null && dismissed !== query.start;
  const optionId = (i: number) => `${id}-option-${i}`;

  /** Re-reads the text before the caret; call after every change and caret move. */
  function update(el: HTMLTextAreaElement) {
    const caret = el.selectionStart;
    if (!opts.enabled || caret !== el.selectionEnd) return setQuery(null);
    const m = TRIGGER.exec(el.value.slice(0, caret));
    if (!m) {
      setDismissed(null);
      return setQuery(null);
    }
    const start = caret - m[1]!.length - 1;
    if (query?.start !== start || query.q !== m[1]) setActive(0);
    setQuery({ start, end: caret, q: m[1]! });
  }

  function pick(m: Mentionable) {
    if (!query) return;
    const insert = `@${m.name} `;
    const next = opts.text.slice(0, query.start) + insert + opts.text.slice(query.end);
    const caret = query.start + insert.length;
    // Rendered now, and the caret placed after the name now: placed a frame later, it would land
    // back there after the next keys a fast typist had already typed (CI caught "pprove ...a").
    flushSync(() => {
      opts.setText(next);
      setQuery(null);
    });
    const el = opts.textarea.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(caret, caret);
  }

  /** Handles the listbox keys; returns true when it used the key. */
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open) return false;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
      return true;
    }
    if ((e.key === "Enter" && !e.ctrlKey && !e.metaKey && !e.shiftKey) || (e.key === "Tab" && !e.shiftKey)) {
      e.preventDefault();
      pick(options[Math.min(active, options.length - 1)]!);
      return true;
    }
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      setDismissed(query!.start);
      return true;
    }
    return false;
  }

  const textareaProps = {
    "aria-autocomplete": "list" as const,
    "aria-controls": open ? `${id}-listbox` : undefined,
    "aria-activedescendant": open ? optionId(Math.min(active, options.length - 1)) : undefined,
  };

  const listbox = open ? (
    <ul
      id={`${id}-listbox`}
      role="listbox"
      aria-label={t("label")}
      className="absolute inset-x-0 top-full z-10 mt-1 max-h-64 overflow-auto rounded-md border border-gray-200 bg-white py-1 shadow-lg sm:inset-x-auto sm:start-0 sm:w-80"
    >
      {options.map((m, i) => (
        <li
          key={m.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === Math.min(active, options.length - 1)}
          // Keep focus (and the caret) in the textarea.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => pick(m)}
          className={cn("flex cursor-pointer flex-col px-3 py-1.5 text-sm", i === active ? "bg-brand-50 text-brand-900" : "text-gray-800")}
        >
          <bdi className="font-medium">{m.name}</bdi>
          <span dir="ltr" className="text-start text-xs text-gray-500">
            {m.email}
          </span>
        </li>
      ))}
    </ul>
  ) : null;

  return { update, onKeyDown, textareaProps, listbox, open };
}
