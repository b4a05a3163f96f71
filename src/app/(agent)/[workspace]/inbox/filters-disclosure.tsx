"use client";
// On phones the filters fold away behind one button so the list starts near the top; from
// tablet width on they are always shown. Folded fields still submit with the search.
import { useId, useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";

export function FiltersDisclosure({ label, active, children }: { label: string; active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center justify-between gap-2 rounded-md px-1 py-1 text-sm font-medium text-gray-800 md:hidden"
      >
        <span>
          {label}
          {active > 0 && (
            <span aria-hidden="true" className="ms-2 rounded-full bg-brand-100 px-1.5 text-xs text-brand-800 tabular-nums">
              {active}
            </span>
          )}
        </span>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn("size-4 transition-transform", open && "rotate-180")}>
          <path
            fillRule="evenodd"
            d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
            clipRule="evenodd"
          />
        </svg>
      </button>
      <div id={id} className={cn(!open && "hidden md:block")}>
        {children}
      </div>
    </>
  );
}
