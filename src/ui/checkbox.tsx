import { useId, type ComponentPropsWithRef, type ReactNode } from "react";
import { cn } from "@/lib/cn";

export type CheckboxProps = Omit<ComponentPropsWithRef<"input">, "type"> & {
  label: ReactNode;
  description?: ReactNode;
};

export function Checkbox({ label, description, id, className, ...props }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const descriptionId = description ? `${inputId}-description` : undefined;
  return (
    <div className={cn("flex items-start gap-3", className)}>
      <input
        {...props}
        id={inputId}
        type="checkbox"
        aria-describedby={cn(descriptionId, props["aria-describedby"]) || undefined}
        className="mt-0.5 size-4 shrink-0 cursor-pointer rounded border-gray-300 accent-brand-600 disabled:cursor-not-allowed"
      />
      <div className="text-sm">
        <label htmlFor={inputId} className="cursor-pointer font-medium text-gray-800">
          {label}
        </label>
        {description && (
          <p id={descriptionId} className="text-gray-600">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}
