import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** A decorative icon (give the svg aria-hidden). */
  icon?: ReactNode;
  /** A button or link to get started. */
  action?: ReactNode;
  /** Heading level of the title; 2 by default. */
  level?: 2 | 3 | 4;
  className?: string;
};

export function EmptyState({ title, description, icon, action, level = 2, className }: EmptyStateProps) {
  const Heading = `h${level}` as const;
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-xl border border-dashed border-gray-300 px-6 py-12 text-center",
        className,
      )}
    >
      {icon && <div className="mb-3 text-gray-400 [&>svg]:size-10">{icon}</div>}
      <Heading className="text-base font-semibold text-gray-900">{title}</Heading>
      {description && <p className="mt-1 max-w-prose text-sm text-gray-600">{description}</p>}
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
