import type { ComponentPropsWithRef } from "react";
import { cn } from "@/lib/cn";

export type LabelProps = ComponentPropsWithRef<"label"> & {
  /** Shows a visual marker; the control itself must carry `required` for assistive technology. */
  required?: boolean;
};

export function Label({ required, className, children, ...props }: LabelProps) {
  return (
    <label {...props} className={cn("block text-sm font-medium text-gray-800", className)}>
      {children}
      {required && (
        <span aria-hidden="true" className="ms-0.5 text-danger-600">
          *
        </span>
      )}
    </label>
  );
}
