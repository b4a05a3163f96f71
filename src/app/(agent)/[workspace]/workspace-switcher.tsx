// The current workspace, and links to the user's other workspaces (a disclosure: keyboard
// and screen-reader friendly without script).
import Link from "next/link";

type Ws = { slug: string; name: string };

export function WorkspaceSwitcher({ current, workspaces, label }: { current: Ws; workspaces: Ws[]; label: string }) {
  const others = workspaces.filter((w) => w.slug !== current.slug);
  if (others.length === 0) {
    return (
      <span dir="auto" className="truncate text-sm font-semibold text-gray-900" aria-label={`${label}: ${current.name}`}>
        {current.name}
      </span>
    );
  }
  return (
    <details className="group relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1.5 text-sm font-semibold text-gray-900 hover:bg-gray-100 [&::-webkit-details-marker]:hidden"
        aria-label={`${label}: ${current.name}`}
      >
        <span dir="auto" className="max-w-[12rem] truncate">
          {current.name}
        </span>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 text-gray-500 group-open:rotate-180">
          <path d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" />
        </svg>
      </summary>
      <ul className="absolute start-0 z-40 mt-1 min-w-56 rounded-md border border-gray-200 bg-white py-1 shadow-lg">
        <li>
          <span aria-current="true" dir="auto" className="block px-3 py-2 text-sm font-semibold text-gray-900">
            {current.name}
          </span>
        </li>
        {others.map((w) => (
          <li key={w.slug}>
            <Link href={`/${w.slug}/inbox`} dir="auto" className="block px-3 py-2 text-sm text-gray-700 hover:bg-gray-50 focus:bg-gray-50">
              {w.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
