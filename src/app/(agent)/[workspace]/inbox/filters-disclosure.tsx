"use client";
// On phones the filters fold away behind one button so the list starts near the top; from
// tablet width on they are always shown. Folded fields still submit with the search.
import type { ReactNode } from "react";
import { ResponsiveDisclosure } from "@/ui/responsive-disclosure";

export function FiltersDisclosure({ label, active, children }: { label: string; active: number; children: ReactNode }) {
  return (
    <ResponsiveDisclosure
      shownFrom="md"
      className="flex flex-col gap-3"
      summary={
        <>
          {label}
          {active > 0 && (
            <span aria-hidden="true" className="ms-2 rounded-full bg-brand-100 px-1.5 text-xs text-brand-800 tabular-nums">
              {active}
            </span>
          )}
        </>
      }
    >
      {children}
    </ResponsiveDisclosure>
  );
}
