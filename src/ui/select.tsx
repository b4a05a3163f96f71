import type { ComponentPropsWithRef } from "react";
import { cn } from "@/lib/cn";
import { controlBase } from "@/ui/control-styles";

export type SelectProps = ComponentPropsWithRef<"select"> & {
  invalid?: boolean;
  /** Classes of the wrapper that positions the chevron (width, margins). */
  wrapperClassName?: string;
};

/** A native select (best keyboard and screen-reader support) with our look. */
export function Select({ invalid, className, wrapperClassName, children, ...props }: SelectProps) {
  return (
    // min-w-fit: at least as wide as its longest option (capped at the container), so a longer
    // translation ("Τελευταία δραστηριότητα") is never cut; a width from wrapperClassName is the
    // least it takes.
    <div className={cn("relative min-w-fit", wrapperClassName)}>
      <select
        {...props}
        aria-invalid={invalid || props["aria-invalid"] || undefined}
        className={cn(controlBase, "h-10 appearance-none ps-3 pe-9", className)}
      >
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="pointer-events-none absolute end-3 top-1/2 size-4 -translate-y-1/2 text-gray-500"
      >
        <path
          fillRule="evenodd"
          d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
          clipRule="evenodd"
        />
      </svg>
    </div>
  );
}
