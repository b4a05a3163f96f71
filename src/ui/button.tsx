// Not a client module, so server components can render it and call buttonClasses().
// While loading it stays focusable (disabling would drop keyboard focus to the page) but
// ignores clicks: it gets no onClick and stops being a submit button.
import type { ComponentPropsWithRef } from "react";
import { cn } from "@/lib/cn";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "@/ui/button-styles";
import { Spinner } from "@/ui/spinner";

export { buttonClasses, type ButtonSize, type ButtonVariant };

export type ButtonProps = ComponentPropsWithRef<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and aria-disabled, ignores clicks and does not submit. */
  loading?: boolean;
  fullWidth?: boolean;
};

export function Button({
  variant = "primary",
  size = "md",
  loading = false,
  fullWidth = false,
  type = "button",
  className,
  children,
  onClick,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={loading ? "button" : type}
      aria-busy={loading || undefined}
      aria-disabled={loading || props["aria-disabled"]}
      onClick={loading ? undefined : onClick}
      className={cn(buttonClasses({ variant, size, fullWidth }), className)}
    >
      {loading && <Spinner />}
      {children}
    </button>
  );
}
