// The small × button that removes one item from a list (a tag, a Cc address, a chosen file). It
// has no visible text, so `aria-label` must say what it removes ("Remove {name}").
import type { ComponentPropsWithRef } from "react";
import { cn } from "@/lib/cn";

export type RemoveIconButtonProps = Omit<ComponentPropsWithRef<"button">, "children" | "type"> & {
  "aria-label": string;
  /** sm (20 px) inside a chip, md (24 px) at the end of a list row. */
  size?: "sm" | "md";
};

export function RemoveIconButton({ className, size = "md", ...props }: RemoveIconButtonProps) {
  return (
    <button
      type="button"
      className={cn(
        size === "sm" ? "size-5" : "size-6",
        "inline-flex shrink-0 items-center justify-center rounded text-gray-500 hover:bg-gray-200 hover:text-gray-900 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-50",
        className,
      )}
      {...props}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-3.5">
        <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
      </svg>
    </button>
  );
}
