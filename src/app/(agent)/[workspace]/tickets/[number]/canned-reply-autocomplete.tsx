"use client";
// Canned replies after "#" in the reply box (textarea-autocomplete.tsx does the listbox and keys):
// what follows "#" searches the agent's own and the shared replies on the server, most used first;
// picking one replaces "#query" with the reply in the customer's language, placeholders filled,
// and counts the use.
import { useEffect, useRef, useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { localeLabels } from "@/i18n/locales";
import { insertCannedReplyAction, searchCannedRepliesAction } from "@/server/canned-replies/canned-reply.actions";
import type { CannedReplyMatch } from "@/server/canned-replies/canned-reply.schemas";
import type { Placeholder } from "@/lib/canned-placeholders";
import { replaceInTextarea, useTextareaAutocomplete } from "./textarea-autocomplete";

// "#" at the start or after a space or opening bracket, then what was typed so far on this line.
const TRIGGER = /(?:^|[\s([{"'«])#([^#\n]{0,60})$/u;
const DEBOUNCE_MS = 120;

export function useCannedReplyAutocomplete(opts: {
  slug: string;
  ticketNumber: number;
  setText: (text: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
  /** Called with what went wrong (null when it went right) and the placeholders left empty. */
  onInserted: (result: { failed: boolean; missing: Placeholder[] }) => void;
}) {
  const t = useTranslations("tickets.ticket.cannedReplies");
  // The results of the last finished search, with the "#" they belong to and the query they answer.
  const [results, setResults] = useState<{ start: number; q: string; matches: CannedReplyMatch[] } | null>(null);
  const latest = useRef(0);

  const auto = useTextareaAutocomplete<CannedReplyMatch>({
    trigger: TRIGGER,
    enabled: true,
    // The previous answer for this "#" stays shown while the next query is on its way, so the list
    // does not flicker; another "#" waits for its own.
    getOptions: ({ start }) => (results?.start === start ? results.matches : []),
    optionKey: (m) => m.id,
    label: t("label"),
    renderOption: (m) => (
      <>
        <span className="flex items-baseline gap-2">
          <bdi className="min-w-0 truncate font-medium">{m.title}</bdi>
          <span lang={m.locale} className="shrink-0 text-xs text-gray-500">
            {localeLabels[m.locale]}
          </span>
        </span>
        <span dir="auto" className="truncate text-start text-xs text-gray-600">
          {m.folder ? `${m.folder} · ` : ""}
          {m.preview}
        </span>
      </>
    ),
    onPick: (m, range) => {
      void (async () => {
        const result = await insertCannedReplyAction(opts.slug, { id: m.id, ticketNumber: opts.ticketNumber });
        if (!result.ok) return opts.onInserted({ failed: true, missing: [] });
        const el = opts.textarea.current;
        // The "#query" may have been edited while the reply was on its way: then insert at the caret.
        const intact = el && el.value.slice(range.start, range.end) === `#${range.q}`;
        const at = intact ? range : { start: el?.selectionStart ?? 0, end: el?.selectionEnd ?? 0 };
        replaceInTextarea(el, opts.setText, at.start, at.end, result.data.text);
        opts.onInserted({ failed: false, missing: result.data.missing });
      })();
    },
  });

  const q = auto.query?.q;
  const start = auto.query?.start;
  useEffect(() => {
    if (q === undefined || start === undefined) return;
    // Answered already; or, matching being by substring, a longer query after one that found nothing
    // finds nothing either (so "#1042 was shipped…" costs one search, not one per key).
    if (results?.start === start && (results.q === q || (results.matches.length === 0 && q.startsWith(results.q)))) return;
    const run = ++latest.current;
    const timer = setTimeout(() => {
      void searchCannedRepliesAction(opts.slug, { q, ticketNumber: opts.ticketNumber }).then((result) => {
        // A failed search keeps the last answer (and may be retried by the next key).
        if (run !== latest.current || !result.ok) return;
        setResults({ start, q, matches: result.data });
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, start, results, opts.slug, opts.ticketNumber]);

  return auto;
}
