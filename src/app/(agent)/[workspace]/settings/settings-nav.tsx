"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

export function SettingsNav({ label, title, items }: { label: string; title: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <p className="mb-2 px-3 text-xs font-semibold uppercase tracking-wide text-gray-500">{title}</p>
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          // A page under the item (a mailbox being edited) keeps its tab marked, as the section.
          const current = pathname === item.href ? "page" : (pathname ?? "").startsWith(`${item.href}/`) ? "true" : undefined;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current}
                className={cn(
                  "block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap text-gray-700 hover:bg-gray-100",
                  current && "bg-white text-gray-900 shadow-sm ring-1 ring-gray-200",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
