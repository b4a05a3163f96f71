import type { ComponentPropsWithRef } from "react";
import { cn } from "@/lib/cn";
import { controlBase } from "@/ui/control-styles";

export type InputProps = ComponentPropsWithRef<"input"> & {
  /** Marks the value as wrong (aria-invalid); <Field> sets this for you. */
  invalid?: boolean;
};

export function Input({ invalid, className, ...props }: InputProps) {
  return (
    <input
      {...props}
      aria-invalid={invalid || props["aria-invalid"] || undefined}
      className={cn(controlBase, "h-10 px-3", className)}
    />
  );
}
