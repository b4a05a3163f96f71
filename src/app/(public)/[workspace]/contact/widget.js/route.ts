// /<workspace>/contact/widget.js: the contact form on a shop's own site with one script tag,
//   <script src="https://helpdesk.example/<workspace>/contact/widget.js" data-locale="el" defer></script>
// A "Contact us" button in the page's corner opens the form (/<workspace>/contact/<locale>?embed=1)
// in a panel; Escape or the close button closes it and gives the focus back to the button. The
// language is data-locale, else the page's <html lang>, else the browser's. The shop's site must be
// in the workspace's list of sites (Settings > Workspace), or browsers refuse the frame.
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/env";
import { locales } from "@/i18n/config";
import { findPublicWorkspace } from "@/server/help-center/help-center-pages.queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string }> }): Promise<Response> {
  const workspace = await findPublicWorkspace((await params).workspace);
  if (!workspace) return new Response("/* no such workspace */", { status: 404, headers: { "Content-Type": "text/javascript; charset=utf-8" } });
  const texts: Record<string, { open: string; close: string; title: string }> = {};
  for (const locale of locales) {
    const t = await getTranslations({ locale, namespace: "contact" });
    texts[locale] = { open: t("contactUs"), close: t("widget.close"), title: t("metaTitle", { name: workspace.name }) };
  }
  const config = { form: `${appUrl()}/${workspace.slug}/contact`, fallback: workspace.defaultLocale, texts };
  return new Response(widgetScript(config), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
}

/** The script: plain ES2017 DOM code, its data as JSON (every string escaped by JSON.stringify). */
function widgetScript(config: { form: string; fallback: string; texts: Record<string, { open: string; close: string; title: string }> }): string {
  const data = JSON.stringify(config).replace(/</g, "\\u003c");
  return `(function () {
  "use strict";
  var config = ${data};
  if (window.__shopdeskContactWidget) return;
  window.__shopdeskContactWidget = true;
  var script = document.currentScript;
  var wanted = ((script && script.getAttribute("data-locale")) || document.documentElement.lang || navigator.language || "").slice(0, 2).toLowerCase();
  var locale = config.texts[wanted] ? wanted : (config.texts[config.fallback] ? config.fallback : "en");
  var text = config.texts[locale];
  var rtl = locale === "ar";
  var side = rtl ? "left" : "right";
  var button = document.createElement("button");
  button.type = "button";
  button.textContent = text.open;
  button.setAttribute("aria-expanded", "false");
  button.style.cssText = "position:fixed;bottom:20px;" + side + ":20px;z-index:2147483000;padding:12px 18px;border:0;border-radius:999px;background:#1d4ed8;color:#fff;font:600 15px/1.2 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer";
  var panel = document.createElement("div");
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", text.title);
  panel.hidden = true;
  panel.style.cssText = "position:fixed;bottom:80px;" + side + ":20px;z-index:2147483000;width:min(420px,calc(100vw - 40px));height:min(680px,calc(100vh - 110px));background:#fff;border-radius:12px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden";
  var close = document.createElement("button");
  close.type = "button";
  close.textContent = "\\u00d7";
  close.setAttribute("aria-label", text.close);
  close.style.cssText = "position:absolute;top:6px;" + (rtl ? "left" : "right") + ":6px;width:36px;height:36px;border:0;border-radius:999px;background:#f3f4f6;font:20px/1 system-ui,sans-serif;cursor:pointer";
  var frame = null;
  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.src = config.form + "/" + locale + "?embed=1";
      frame.title = text.title;
      frame.style.cssText = "width:100%;height:100%;border:0";
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    close.focus();
  }
  function shut() {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
  button.addEventListener("click", function () { panel.hidden ? open() : shut(); });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") shut(); });
  panel.appendChild(close);
  document.body.appendChild(panel);
  document.body.appendChild(button);
})();
`;
}
