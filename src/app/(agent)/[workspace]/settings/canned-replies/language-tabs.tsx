"use client";
// One tab per language over the reply's texts (the tabs pattern: arrow keys, Home and End move
// between tabs, Tab goes into the panel). Every panel stays mounted, hidden when not selected, so
// each language's text stays in the form while another one is shown.
import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { localeLabels, locales, type Locale } from "@/i18n/locales";
import { cn } from "@/lib/cn";

export function LanguageTabs(props: {
  label: string;
  selected: Locale;
  onSelect: (locale: Locale) => void;
  /** Languages with text (a dot on the tab) and with an error (red). */
  filled: ReadonlySet<Locale>;
  invalid: ReadonlySet<Locale>;
  filledLabel: string;
  invalidLabel: string;
  panel: (locale: Locale) => ReactNode;
}) {
  const id = useId();
  const tabs = useRef<Partial<Record<Locale, HTMLButtonElement | null>>>({});

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, index: number) {
    // In a right-to-left page the arrows follow the reading direction.
    const rtl = getComputedStyle(e.currentTarget).direction === "rtl";
    const next = (step: number) => locales[(index + step + locales.length) % locales.length]!;
    const target =
      e.key === "ArrowRight" ? next(rtl ? -1 : 1) : e.key === "ArrowLeft" ? next(rtl ? 1 : -1) : e.key === "Home" ? locales[0] : e.key === "End" ? locales.at(-1) : undefined;
    if (!target) return;
    e.preventDefault();
    props.onSelect(target);
    tabs.current[target]?.focus();
  }

  return (
    <div className="flex flex-col gap-2">
      <div role="tablist" aria-label={props.label} className="flex flex-wrap gap-1 border-b border-gray-200">
        {locales.map((l, i) => {
          const selected = l === props.selected;
          return (
            <button
              key={l}
              ref={(el) => {
                tabs.current[l] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${l}`}
              aria-selected={selected}
              aria-controls={`${id}-panel-${l}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => props.onSelect(l)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className={cn(
                "-mb-px inline-flex items-center gap-1.5 rounded-t-md border border-transparent px-3 py-1.5 text-sm font-medium",
                selected ? "border-gray-200 border-b-white bg-white text-gray-900" : "text-gray-600 hover:bg-gray-50",
                props.invalid.has(l) && "text-danger-700",
              )}
            >
              <span lang={l}>{localeLabels[l]}</span>
              {props.invalid.has(l) ? (
                <>
                  <span aria-hidden="true">!</span>
                  <span className="sr-only">({props.invalidLabel})</span>
                </>
              ) : (
                props.filled.has(l) && (
                  <>
                    <span aria-hidden="true" className="size-1.5 rounded-full bg-brand-600" />
                    <span className="sr-only">({props.filledLabel})</span>
                  </>
                )
              )}
            </button>
          );
        })}
      </div>
      {locales.map((l) => (
        <div key={l} role="tabpanel" id={`${id}-panel-${l}`} aria-labelledby={`${id}-tab-${l}`} hidden={l !== props.selected}>
          {props.panel(l)}
        </div>
      ))}
    </div>
  );
}
