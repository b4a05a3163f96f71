"use client";
// Content folded behind one button on narrow screens and always shown from a breakpoint on (the
// inbox's filters from tablet width, a ticket's properties from desktop width). The button says
// whether it is open (aria-expanded) and which region it controls; folded content stays in the
// DOM, so form fields in it still submit.
import { useId, useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";

const SHOWN_FROM = {
  md: { button: "md:hidden", content: "hidden md:block" },
  lg: { button: "lg:hidden", content: "hidden lg:block" },
} as const;

export function ResponsiveDisclosure({
  summary,
  shownFrom,
  className,
  buttonClassName,
  children,
}: {
  /** The button's content: a label, and what the folded content holds in a few words. */
  summary: ReactNode;
  shownFrom: keyof typeof SHOWN_FROM;
  className?: string;
  buttonClassName?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={className}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className={cn(
          "flex w-full items-center justify-between gap-2 rounded-md px-1 py-1 text-start text-sm font-medium text-gray-800",
          SHOWN_FROM[shownFrom].button,
          buttonClassName,
        )}
      >
        <span className="min-w-0">{summary}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn("size-4 shrink-0 transition-transform", open && "rotate-180")}>
          <path
            fillRule="evenodd"
            d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
            clipRule="evenodd"
          />
        </svg>
      </button>
      <div id={id} className={cn(!open && SHOWN_FROM[shownFrom].content)}>
        {children}
      </div>
    </div>
  );
}
