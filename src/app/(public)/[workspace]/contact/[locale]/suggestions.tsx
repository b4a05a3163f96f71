"use client";
// Articles that may answer what the visitor is writing, asked for while they type the subject or
// message (a pause of 400 ms, at least 3 letters) and listed in a polite live region. Each opens in
// a new tab, so the form and its text stay; opening one is reported (navigator.sendBeacon) for the
// help center's deflection measure.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

type Suggestion = { id: string; title: string; url: string; snippet: string };

const PAUSE_MS = 400;
const MIN_CHARS = 3;

export function Suggestions({ workspace, locale, formToken, text }: { workspace: string; locale: string; formToken: string; text: string }) {
  const t = useTranslations("contact");
  const [found, setFound] = useState<{ text: string; articles: Suggestion[] } | null>(null);
  const query = text.trim().slice(0, 1_000);

  useEffect(() => {
    if (query.replace(/[^\p{L}\p{N}]/gu, "").length < MIN_CHARS) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: query, t: formToken });
        const response = await fetch(`/${workspace}/contact/${locale}/suggestions?${params}`, { signal: controller.signal, headers: { accept: "application/json" } });
        if (!response.ok) return;
        const body = (await response.json()) as { articles: Suggestion[] };
        setFound({ text: query, articles: body.articles });
      } catch {
        // Aborted by the next keystroke, or offline: the form works without suggestions.
      }
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, workspace, locale, formToken]);

  const opened = (articleId: string) => {
    const body = new URLSearchParams({ t: formToken, articleId });
    navigator.sendBeacon?.(`/${workspace}/contact/${locale}/suggestions/opened`, body);
  };

  const articles = found && query.replace(/[^\p{L}\p{N}]/gu, "").length >= MIN_CHARS ? found.articles : [];
  return (
    <div aria-live="polite">
      {articles.length > 0 ? (
        <section aria-labelledby="contact-suggestions" className="rounded-lg border border-brand-200 bg-brand-50 p-4">
          <h2 id="contact-suggestions" className="font-medium text-gray-900">
            {t("suggestionsTitle")}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {articles.map((a) => (
              <li key={a.id}>
                <a href={a.url} target="_blank" rel="noopener" onClick={() => opened(a.id)} onAuxClick={() => opened(a.id)} className="font-medium text-brand-700 hover:underline">
                  {a.title}
                  <span className="sr-only"> ({t("opensInNewTab")})</span>
                </a>
                {a.snippet ? <p className="text-sm text-gray-600">{a.snippet}</p> : null}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-gray-600">{t("suggestionsHint")}</p>
        </section>
      ) : null}
    </div>
  );
}
