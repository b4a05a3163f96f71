// The first thing a keyboard reaches on every page: a link past the header to <main id="main">.
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow-lg focus:not-sr-only focus:fixed focus:start-4 focus:top-4 focus:z-50"
    >
      {label}
    </a>
  );
}
