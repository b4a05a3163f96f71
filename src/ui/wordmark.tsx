import { cn } from "@/lib/cn";

export type WordmarkProps = { className?: string };

/** The Shopdesk logo and name. The name is a brand and stays in Latin script in every language. */
export function Wordmark({ className }: WordmarkProps) {
  return (
    <span dir="ltr" className={cn("inline-flex items-center gap-2 text-gray-900", className)}>
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
        <rect width="32" height="32" rx="8" className="fill-brand-600" />
        <path
          d="M9 12.5h14l-1.2 9.1a2 2 0 0 1-2 1.7h-7.6a2 2 0 0 1-2-1.7L9 12.5Z"
          fill="none"
          stroke="white"
          strokeWidth="2"
          strokeLinejoin="round"
        />
        <path d="M12.5 12.5V11a3.5 3.5 0 0 1 7 0v1.5" fill="none" stroke="white" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="text-xl font-semibold tracking-tight">Shopdesk</span>
    </span>
  );
}
