// Where a help-center page sits: help center › category › section.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function Breadcrumb({ items }: { items: Array<{ name: string; href: string | null }> }) {
  const t = useTranslations("help");
  return (
    <nav aria-label={t("breadcrumb")} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-gray-600">
        {items.map((item, i) => (
          <li key={`${i}-${item.name}`} className="flex items-center gap-2">
            {i > 0 && (
              <span aria-hidden="true" className="text-gray-400 rtl:rotate-180">
                ›
              </span>
            )}
            {item.href ? (
              <Link href={item.href} className="text-brand-700 hover:underline">
                {item.name}
              </Link>
            ) : (
              <span aria-current="page">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
