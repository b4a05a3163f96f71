"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

type Item = { href: string; label: string };

export function MainNav({ label, items }: { label: string; items: Item[] }) {
  const pathname = usePathname();
  return (
    // On phones the navigation wraps onto its own row under the header's first line, with less
    // padding so four sections fit in a line of 375 px in every language (and wrap if not).
    <nav aria-label={label} className="order-last w-full sm:order-none sm:w-auto">
      <ul className="flex flex-wrap items-center gap-1">
        {items.map((item) => {
          const section = item.href.split("/").slice(0, 3).join("/");
          const current = pathname === item.href || (pathname ?? "").startsWith(`${section}/`) || pathname === section;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "rounded-md px-2 py-2 text-sm font-medium sm:px-3 text-gray-700 hover:bg-gray-100 hover:text-gray-900",
                  current && "bg-gray-100 text-gray-900",
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
