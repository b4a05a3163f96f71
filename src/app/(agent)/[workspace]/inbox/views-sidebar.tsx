// The views: built-in, one per problem area, then the agent's own and the team's saved views,
// each with its count. A column beside the list on wide screens; a disclosure on phones.
import Link from "next/link";
import { isolate } from "@/lib/bidi";
import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { INBOX_COUNT_CAP } from "@/server/inbox/count-inbox-views";

/**
 * `count` counts tickets, except where `counts` says it counts something else: Mentions shows how
 * many mentions are unread while its list holds every ticket that mentions the member.
 */
export type SidebarView = { id: string; label: string; count: number | null; counts?: "unreadMentions" };
export type SidebarGroup = { key: string; label: string; views: SidebarView[] };

type Props = {
  groups: SidebarGroup[];
  current: string;
  currentLabel: string;
  hrefFor: Record<string, string>;
};

export async function ViewsSidebar({ groups, current, currentLabel, hrefFor }: Props) {
  const [t, format] = await Promise.all([getTranslations("inbox"), getFormatter()]);
  const currentCount = groups.flatMap((g) => g.views).find((v) => v.id === current)?.count ?? null;

  const nav = (
    <nav aria-label={t("views.label")} className="flex flex-col gap-5">
      {groups.map((group) => (
        <div key={group.key} className="flex flex-col gap-1">
          <h2 id={`views-${group.key}`} className="px-2 text-xs font-semibold tracking-wide text-gray-500 uppercase">
            {group.label}
          </h2>
          <ul aria-labelledby={`views-${group.key}`} className="flex flex-col gap-0.5">
            {group.views.map((v) => {
              const active = v.id === current;
              return (
                <li key={v.id}>
                  <Link
                    href={hrefFor[v.id] ?? "#"}
                    aria-current={active ? "page" : undefined}
                    aria-label={
                      v.count === null
                        ? v.label
                        : v.count > INBOX_COUNT_CAP
                          ? t("views.viewMore", { view: v.label, count: INBOX_COUNT_CAP })
                          : v.counts === "unreadMentions"
                            ? t("views.unreadMentions", { view: v.label, count: v.count })
                            : t("views.viewCount", { view: v.label, count: v.count })
                    }
                    className={cn(
                      "flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm text-gray-700 hover:bg-gray-100 hover:text-gray-900",
                      active && "bg-brand-50 font-semibold text-brand-800 hover:bg-brand-50",
                    )}
                  >
                    <span className="min-w-0 truncate" dir="auto">
                      {v.label}
                    </span>
                    {v.count !== null && (
                      // AA contrast (4.5:1) on the active row's tint and on the hover grey, not only on white.
                      <span aria-hidden="true" className={cn("shrink-0 text-xs tabular-nums", active ? "text-brand-700" : "text-gray-600")}>
                        {v.count > INBOX_COUNT_CAP ? t("views.more", { count: INBOX_COUNT_CAP }) : format.number(v.count)}
                      </span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );

  return (
    <div className="md:w-56 md:shrink-0">
      <details className="group rounded-lg border border-gray-200 bg-white md:hidden">
        <summary className="flex cursor-pointer items-center justify-between gap-2 rounded-lg px-3 py-2 text-sm font-medium text-gray-900">
          <span className="min-w-0 truncate">
            {t("views.current", { view: isolate(currentLabel) })}
            {currentCount !== null && (
              <span className="ms-2 text-gray-500 tabular-nums">
                {currentCount > INBOX_COUNT_CAP ? t("views.more", { count: INBOX_COUNT_CAP }) : format.number(currentCount)}
              </span>
            )}
          </span>
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0 transition-transform group-open:rotate-180">
            <path
              fillRule="evenodd"
              d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
              clipRule="evenodd"
            />
          </svg>
        </summary>
        <div className="border-t border-gray-100 p-2">{nav}</div>
      </details>
      <div className="sticky top-20 hidden md:block">{nav}</div>
    </div>
  );
}
