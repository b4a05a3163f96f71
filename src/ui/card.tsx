import type { ComponentPropsWithRef, ReactNode } from "react";
import { cn } from "@/lib/cn";

export type CardProps = ComponentPropsWithRef<"div">;

/** A white panel. Put <CardHeader>, <CardBody> and <CardFooter> inside, or your own padding. */
export function Card({ className, ...props }: CardProps) {
  return <div {...props} className={cn("rounded-xl border border-gray-200 bg-white shadow-sm", className)} />;
}

export type CardHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links at the end of the header. */
  actions?: ReactNode;
  /** Heading level of the title; 2 by default. */
  level?: 2 | 3 | 4;
  className?: string;
};

export function CardHeader({ title, description, actions, level = 2, className }: CardHeaderProps) {
  const Heading = `h${level}` as const;
  return (
    <div className={cn("flex flex-wrap items-start justify-between gap-3 border-b border-gray-200 px-5 py-4", className)}>
      <div className="min-w-0">
        <Heading className="text-base font-semibold text-gray-900">{title}</Heading>
        {description && <p className="mt-0.5 text-sm text-gray-600">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </div>
  );
}

export function CardBody({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div {...props} className={cn("px-5 py-4", className)} />;
}

export function CardFooter({ className, ...props }: ComponentPropsWithRef<"div">) {
  return (
    <div
      {...props}
      className={cn(
        "flex flex-wrap items-center justify-end gap-2 rounded-b-xl border-t border-gray-200 bg-gray-50 px-5 py-3",
        className,
      )}
    />
  );
}
