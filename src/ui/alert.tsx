// Feedback boxes. "danger" uses role="alert" (announced at once); the others role="status".
// To move focus to an alert, pass tabIndex={-1} and a ref, then call ref.current.focus().
import type { ComponentPropsWithRef, ReactNode } from "react";
import { cn } from "@/lib/cn";

export type AlertTone = "info" | "success" | "warning" | "danger";

export type AlertProps = Omit<ComponentPropsWithRef<"div">, "title"> & {
  tone?: AlertTone;
  title?: ReactNode;
};

const tones: Record<AlertTone, { box: string; icon: string; path: string }> = {
  info: {
    box: "border-brand-200 bg-brand-50 text-brand-900",
    icon: "text-brand-600",
    path: "M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.253a.25.25 0 0 1 .244.304l-.459 2.066A1.75 1.75 0 0 0 10.747 15H11a.75.75 0 0 0 0-1.5h-.253a.25.25 0 0 1-.244-.304l.459-2.066A1.75 1.75 0 0 0 9.253 9H9Z",
  },
  success: {
    box: "border-success-200 bg-success-50 text-success-800",
    icon: "text-success-600",
    path: "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.857-9.809a.75.75 0 0 0-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 1 0-1.06 1.061l2.5 2.5a.75.75 0 0 0 1.137-.089l4-5.5Z",
  },
  warning: {
    box: "border-warning-200 bg-warning-50 text-warning-800",
    icon: "text-warning-600",
    path: "M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  },
  danger: {
    box: "border-danger-200 bg-danger-50 text-danger-800",
    icon: "text-danger-600",
    path: "M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  },
};

export function Alert({ tone = "info", title, className, children, role, ...props }: AlertProps) {
  const style = tones[tone];
  return (
    <div
      {...props}
      role={role ?? (tone === "danger" ? "alert" : "status")}
      className={cn("flex items-start gap-3 rounded-lg border p-3 text-sm", style.box, className)}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn("mt-0.5 size-5 shrink-0", style.icon)}>
        <path fillRule="evenodd" d={style.path} clipRule="evenodd" />
      </svg>
      <div className="min-w-0 flex-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
      </div>
    </div>
  );
}
