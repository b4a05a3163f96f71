// A list of article links with their descriptions.
import Link from "next/link";
import type { Locale } from "@/i18n/config";
import { articlePath } from "@/lib/help-center-paths";

export type ArticleListItem = { slug: string; title: string; description: string };

export function ArticleList({ workspace, locale, articles }: { workspace: { slug: string }; locale: Locale; articles: ArticleListItem[] }) {
  return (
    <ul className="divide-y divide-gray-200 rounded-lg bg-white ring-1 ring-gray-200">
      {articles.map((a) => (
        <li key={a.slug}>
          <Link href={articlePath(workspace, locale, a.slug)} className="block px-4 py-3 hover:bg-gray-50 focus-visible:bg-gray-50">
            <span className="font-medium text-brand-700">{a.title}</span>
            {a.description && <span className="mt-0.5 block text-sm text-gray-600">{a.description}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
