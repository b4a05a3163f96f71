"use client";
// Finds an existing customer by name or email as the agent types (a combobox: the input keeps
// focus, arrow keys move through the matches, Enter picks, Escape closes).
import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { searchCustomersAction } from "@/server/customers/customer.actions";
import type { CustomerOption } from "@/server/customers/customer.queries";
import { Button } from "@/ui/button";
import { Input } from "@/ui/input";
import { Label } from "@/ui/label";
import { cn } from "@/lib/cn";

const DEBOUNCE_MS = 200;

export function CustomerPicker(props: {
  slug: string;
  value: CustomerOption | null;
  onChange: (c: CustomerOption | null) => void;
  error?: string;
}) {
  const t = useTranslations("tickets.newTicket.customer");
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<CustomerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [searched, setSearched] = useState(false);

  useEffect(() => {
    if (props.value || !open) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await searchCustomersAction(props.slug, { q });
      if (stale) return;
      setResults(result.ok ? result.data : []);
      setActive(0);
      setSearched(true);
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [q, open, props.slug, props.value]);

  if (props.value) {
    const c = props.value;
    return (
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium text-gray-800">{t("picked")}</span>
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-gray-200 p-3 text-sm">
          <div className="min-w-0 flex-1">
            <p className="font-medium text-gray-900">
              <bdi>{c.name ?? c.email}</bdi>
            </p>
            <p dir="ltr" className="truncate text-start text-gray-600">
              {c.email}
              {c.phone ? ` · ${c.phone}` : ""}
            </p>
          </div>
          <Button size="sm" variant="secondary" onClick={() => props.onChange(null)} aria-label={t("change", { name: c.name ?? c.email })}>
            {t("changeShort")}
          </Button>
        </div>
      </div>
    );
  }

  const expanded = open && searched;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div className="relative flex flex-col gap-1.5">
      <Label htmlFor={`${id}-q`} required>
        {t("search")}
      </Label>
      <Input
        id={`${id}-q`}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results.length > 0 ? optionId(active) : undefined}
        aria-describedby={props.error ? `${id}-error` : `${id}-hint`}
        aria-invalid={props.error ? true : undefined}
        required
        autoComplete="off"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            setOpen(true);
            if (results.length > 0) setActive((i) => (i + (e.key === "ArrowDown" ? 1 : -1) + results.length) % results.length);
          } else if (e.key === "Enter" && expanded && results[active]) {
            e.preventDefault();
            props.onChange(results[active]!);
          } else if (e.key === "Escape" && open) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      <p id={`${id}-hint`} className="text-sm text-gray-600">
        {t("searchHint")}
      </p>
      {props.error && (
        <p id={`${id}-error`} className="text-sm text-danger-700">
          {props.error}
        </p>
      )}
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t("results")}
        hidden={!expanded}
        className="absolute inset-x-0 top-[4.25rem] z-10 max-h-72 overflow-auto rounded-md border border-gray-200 bg-white py-1 shadow-lg"
      >
        {results.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-gray-600">
            {t("noResults")}
          </li>
        ) : (
          results.map((c, i) => (
            <li
              key={c.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => props.onChange(c)}
              className={cn("cursor-pointer px-3 py-1.5 text-sm", i === active ? "bg-brand-50 text-brand-900" : "text-gray-800")}
            >
              <bdi className="block font-medium">{c.name ?? c.email}</bdi>
              <span dir="ltr" className="block text-start text-xs text-gray-500">
                {c.email}
              </span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
