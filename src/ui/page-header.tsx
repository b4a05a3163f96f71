import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type PageHeaderProps = {
  /** The page's h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links, at the end on wide screens and below the title on phones. */
  actions?: ReactNode;
  /** Above the title: a back link or breadcrumbs. */
  eyebrow?: ReactNode;
  className?: string;
};

export function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    <header className={cn("flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between", className)}>
      <div className="min-w-0">
        {eyebrow && <div className="mb-1 text-sm text-gray-600">{eyebrow}</div>}
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900 [overflow-wrap:anywhere]">{title}</h1>
        {description && <p className="mt-1 max-w-prose text-sm text-gray-600">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
    </header>
  );
}
