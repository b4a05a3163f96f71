"use client";
// Suggestions for what is being typed in a textarea after a trigger character ("@" for members
// in notes, "#" for canned replies): a listbox the textarea drives with aria-activedescendant
// (focus stays in the text), arrow keys to move, Enter or Tab to pick, Escape to close. Shared by
// the mention and canned-reply suggestions, which differ only in their trigger, options and what
// a pick inserts.
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { cn } from "@/lib/cn";

export type TriggerRange = { start: number; end: number; q: string };

export function useTextareaAutocomplete<T>(opts: {
  /** Matches the text before the caret; group 1 is the query, and the trigger character comes just before it. */
  trigger: RegExp;
  enabled: boolean;
  /** The options for a query, e.g. filtered members or the last search results. */
  getOptions: (query: TriggerRange) => readonly T[];
  optionKey: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  label: string;
  onPick: (item: T, range: TriggerRange) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState<TriggerRange | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);

  const options = query && opts.enabled ? opts.getOptions(query) : [];
  const open = options.length > 0 && query !== null && dismissed !== query.start;
  const current = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;

  /** Re-reads the text before the caret; call after every change and caret move. */
  function update(el: HTMLTextAreaElement) {
    const caret = el.selectionStart;
    if (!opts.enabled || caret !== el.selectionEnd) return setQuery(null);
    const m = opts.trigger.exec(el.value.slice(0, caret));
    if (!m) {
      setDismissed(null);
      return setQuery(null);
    }
    const start = caret - m[1]!.length - 1;
    if (query?.start !== start || query.q !== m[1]) setActive(0);
    setQuery({ start, end: caret, q: m[1]! });
  }

  function pick(item: T) {
    if (!query) return;
    const range = query;
    setQuery(null);
    opts.onPick(item, range);
  }

  /** Handles the listbox keys; returns true when it used the key. */
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open) return false;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (Math.min(i, options.length - 1) + step + options.length) % options.length);
      return true;
    }
    if ((e.key === "Enter" && !e.ctrlKey && !e.metaKey && !e.shiftKey) || (e.key === "Tab" && !e.shiftKey)) {
      e.preventDefault();
      pick(options[current]!);
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
    "aria-activedescendant": open ? optionId(current) : undefined,
  };

  const listbox = open ? (
    <ul
      id={`${id}-listbox`}
      role="listbox"
      aria-label={opts.label}
      className="absolute inset-x-0 top-full z-10 mt-1 max-h-64 overflow-auto rounded-md border border-gray-200 bg-white py-1 shadow-lg sm:inset-x-auto sm:start-0 sm:w-96"
    >
      {options.map((item, i) => (
        <li
          key={opts.optionKey(item)}
          id={optionId(i)}
          role="option"
          aria-selected={i === current}
          // Keep focus (and the caret) in the textarea.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => pick(item)}
          className={cn("flex cursor-pointer flex-col px-3 py-1.5 text-sm", i === current ? "bg-brand-50 text-brand-900" : "text-gray-800")}
        >
          {opts.renderOption(item)}
        </li>
      ))}
    </ul>
  ) : null;

  return { update, onKeyDown, textareaProps, listbox, open, query: opts.enabled ? query : null, optionCount: open ? options.length : 0 };
}

/**
 * Replaces `start..end` of the textarea's text with `insert` and puts the caret after it, now:
 * placed a frame later, it would land back there after the next keys a fast typist had already
 * typed (CI caught "pprove ...a"). Reads the textarea's own value, which is the latest text even
 * when a pick completes after an await.
 */
export function replaceInTextarea(el: HTMLTextAreaElement | null, setText: (text: string) => void, start: number, end: number, insert: string) {
  if (!el) return;
  const text = el.value;
  const next = text.slice(0, start) + insert + text.slice(end);
  const caret = start + insert.length;
  flushSync(() => setText(next));
  el.focus();
  el.setSelectionRange(caret, caret);
}
