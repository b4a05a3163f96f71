"use client";
// The public help center's switch, the accent colour (with a preview, and a darker shade offered
// when the colour is too light to read on white) and the footer links. Saved with a button; the
// result is announced and each bad entry is named beside its field.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { MAX_FOOTER_LINKS, type BrandFooterLink } from "@/lib/brand";
import { accentContrast, accentStyle, nearestReadableAccent, normalizeHexColor } from "@/lib/brand-color";
import { updateWorkspaceBrandingAction } from "@/server/workspaces/workspace.actions";
import type { WorkspaceBranding } from "@/server/workspaces/workspace-branding";
import { Button } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";

type LinkErrors = { label?: string; url?: string };

export function BrandingForm({ workspaceSlug, branding }: { workspaceSlug: string; branding: WorkspaceBranding }) {
  const t = useTranslations("settings.branding");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [helpCenterEnabled, setHelpCenterEnabled] = useState(branding.helpCenterEnabled);
  const [color, setColor] = useState(branding.accentColor ?? "");
  const [colorError, setColorError] = useState<string | undefined>();
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const [links, setLinks] = useState<BrandFooterLink[]>(branding.footerLinks);
  const [linkErrors, setLinkErrors] = useState<LinkErrors[]>([]);
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const previewHex = normalizeHexColor(color);

  const setLink = (i: number, patch: Partial<BrandFooterLink>) => setLinks((all) => all.map((l, j) => (i === j ? { ...l, ...patch } : l)));

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        setColorError(undefined);
        setSuggestion(null);
        setLinkErrors([]);
        // Rows left empty are dropped rather than refused.
        const footerLinks = links.filter((l) => l.label.trim() || l.url.trim());
        startTransition(async () => {
          const result = await updateWorkspaceBrandingAction(workspaceSlug, { helpCenterEnabled, accentColor: color, footerLinks });
          if (result.ok) {
            setColor(result.data.accentColor ?? "");
            setLinks(result.data.footerLinks);
            setMessage({ tone: "ok", text: t("saved") });
            return;
          }
          const fields = result.error.fields ?? {};
          const colorIssue = fields.accentColor;
          if (colorIssue) {
            const hex = normalizeHexColor(color);
            if (colorIssue.code === "lowContrast" && hex) {
              const better = nearestReadableAccent(hex);
              setSuggestion(better);
              setColorError(t("accentColorLowContrast", { entry: hex, ratio: accentContrast(hex).toFixed(2), suggestion: better }));
            } else setColorError(t("accentColorInvalid", { entry: color.trim() }));
          }
          // `footerLinks.2.url`: the row and the field.
          const errors: LinkErrors[] = [];
          for (const [key, issue] of Object.entries(fields)) {
            const m = /^footerLinks\.(\d+)\.(label|url)$/.exec(key);
            if (!m) continue;
            const i = Number(m[1]);
            errors[i] = { ...errors[i], [m[2]!]: m[2] === "url" ? t("footerLinkUrlInvalid") : issue.code === "tooLong" ? t("footerLinkLabelTooLong") : t("footerLinkLabelRequired") };
          }
          if (errors.length > 0) setLinks(footerLinks);
          setLinkErrors(errors);
          setMessage({ tone: "error", text: colorIssue || errors.length > 0 ? t("notSaved") : tc("errors.generic") });
        });
      }}
    >
      <Checkbox
        name="helpCenterEnabled"
        label={t("helpCenterEnabled")}
        description={t("helpCenterEnabledHint")}
        checked={helpCenterEnabled}
        onChange={(e) => setHelpCenterEnabled(e.target.checked)}
      />
      <div className="flex flex-col gap-3 border-t border-gray-200 pt-4">
        <Field label={t("accentColor")} hint={t("accentColorHint")} error={colorError}>
          {(control) => (
            <div className="flex flex-wrap items-center gap-3">
              <Input {...control} name="accentColor" dir="ltr" className="w-36 font-mono" value={color} onChange={(e) => setColor(e.currentTarget.value)} placeholder="#1d4ed8" autoComplete="off" spellCheck={false} />
              {/* The native picker as a shortcut; the text field above is the one that is saved. */}
              <input type="color" aria-label={t("accentColorPicker")} value={previewHex ?? "#4338ca"} onChange={(e) => setColor(e.currentTarget.value)} className="h-10 w-12 cursor-pointer rounded-md border border-gray-300 bg-white p-1" />
            </div>
          )}
        </Field>
        {suggestion && (
          <div>
            <Button variant="secondary" size="sm" onClick={() => { setColor(suggestion); setColorError(undefined); setSuggestion(null); }}>
              {t("useSuggestion", { suggestion })}
            </Button>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-4 rounded-md bg-white p-3 ring-1 ring-gray-200" style={accentStyle(previewHex)}>
          <span className="text-sm text-gray-600">{t("preview")}</span>
          <span className="font-medium text-brand-700 underline">{t("previewLink")}</span>
          <span className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white">{t("previewButton")}</span>
        </div>
      </div>
      <fieldset className="flex flex-col gap-3 border-t border-gray-200 pt-4">
        <legend className="pt-4 text-base font-semibold text-gray-900">{t("footerLinks")}</legend>
        <p className="text-sm text-gray-600">{t("footerLinksHint")}</p>
        {links.map((link, i) => (
          <fieldset key={i} className="grid gap-3 rounded-md p-3 ring-1 ring-gray-200 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto] sm:items-start">
            <legend className="sr-only">{t("footerLink", { n: i + 1 })}</legend>
            <Field label={t("footerLinkLabel", { n: i + 1 })} error={linkErrors[i]?.label}>
              {(control) => <Input {...control} name={`footerLinks.${i}.label`} dir="auto" maxLength={60} value={link.label} onChange={(e) => setLink(i, { label: e.currentTarget.value })} />}
            </Field>
            <Field label={t("footerLinkUrl", { n: i + 1 })} error={linkErrors[i]?.url}>
              {(control) => <Input {...control} name={`footerLinks.${i}.url`} dir="ltr" type="url" inputMode="url" value={link.url} onChange={(e) => setLink(i, { url: e.currentTarget.value })} placeholder="https://shop.example.com/returns" />}
            </Field>
            <Button variant="ghost" size="sm" className="sm:mt-7" onClick={() => { setLinks((all) => all.filter((_, j) => j !== i)); setLinkErrors((all) => all.filter((_, j) => j !== i)); }}>
              {t("footerLinkRemove", { n: i + 1 })}
            </Button>
          </fieldset>
        ))}
        {links.length < MAX_FOOTER_LINKS && (
          <div>
            <Button variant="secondary" size="sm" onClick={() => setLinks((all) => [...all, { label: "", url: "" }])}>
              {t("footerLinkAdd")}
            </Button>
          </div>
        )}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
        <ActionMessage message={message} />
      </div>
    </form>
  );
}
