"use client";
// "Show headers": the raw header block of an inbound mail, fetched when first opened and shown
// as text (never HTML). A native <details>: keyboard and screen readers handle it as a disclosure.
import { useState } from "react";
import { useTranslations } from "next-intl";

export function MailHeaders({ href }: { href: string }) {
  const t = useTranslations("tickets.ticket.mail");
  const [state, setState] = useState<{ text: string } | "loading" | "failed" | null>(null);

  async function load() {
    if (state !== null && state !== "failed") return;
    setState("loading");
    try {
      const res = await fetch(href, { credentials: "same-origin", cache: "no-store" });
      setState(res.ok ? { text: await res.text() } : "failed");
    } catch {
      setState("failed");
    }
  }

  return (
    <details className="text-xs" onToggle={(e) => (e.currentTarget.open ? void load() : undefined)}>
      <summary className="cursor-pointer font-medium text-brand-700 hover:underline">{t("showHeaders")}</summary>
      {state === "loading" && <p className="mt-2 text-gray-500">{t("loadingHeaders")}</p>}
      {state === "failed" && <p className="mt-2 text-danger-800">{t("headersFailed")}</p>}
      {state !== null && typeof state === "object" && (
        <pre dir="ltr" className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-gray-50 p-2 text-start font-mono text-gray-700">
          {state.text}
        </pre>
      )}
    </details>
  );
}
