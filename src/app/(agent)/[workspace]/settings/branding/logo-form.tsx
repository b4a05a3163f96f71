"use client";
// The public pages' logo: choose a file and upload it, or remove the current one. The file is
// checked here for size and type first (a quicker answer), and again by the server by its bytes.
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { LOGO_TYPES, MAX_LOGO_BYTES } from "@/lib/brand";
import { removeWorkspaceLogoAction, uploadWorkspaceLogoAction } from "@/server/workspaces/workspace.actions";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";

export function LogoForm({ workspaceSlug, workspaceName, logoUrl }: { workspaceSlug: string; workspaceName: string; logoUrl: string | null }) {
  const t = useTranslations("settings.branding");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [current, setCurrent] = useState(logoUrl);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const input = useRef<HTMLInputElement>(null);

  const errorFor = (code: string | undefined) =>
    code === "logoTooLarge" ? t("logoTooLarge") : code === "logoType" ? t("logoType") : code === "required" ? t("logoRequired") : undefined;

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        setError(undefined);
        const file = input.current?.files?.[0];
        const local = !file ? "required" : file.size > MAX_LOGO_BYTES ? "logoTooLarge" : !(LOGO_TYPES as readonly string[]).includes(file.type) ? "logoType" : undefined;
        if (local || !file) {
          setError(errorFor(local));
          input.current?.focus();
          return;
        }
        startTransition(async () => {
          const result = await uploadWorkspaceLogoAction(workspaceSlug, { logo: file });
          if (result.ok) {
            setCurrent(result.data.logoUrl);
            if (input.current) input.current.value = "";
            setMessage({ tone: "ok", text: t("logoUploaded") });
            return;
          }
          const own = errorFor(result.error.fields?.logo?.code);
          setError(own);
          setMessage({ tone: "error", text: own ? t("notSaved") : tc("errors.generic") });
        });
      }}
    >
      <div className="flex flex-wrap items-center gap-4">
        {current ? (
          <div className="rounded-md bg-white p-3 ring-1 ring-gray-200">
            {/* eslint-disable-next-line @next/next/no-img-element -- our own route, a raster image of any size */}
            <img src={current} alt={t("logoCurrent", { name: workspaceName })} className="h-12 w-auto max-w-[14rem] object-contain" />
          </div>
        ) : (
          <p className="text-sm text-gray-600">{t("logoNone")}</p>
        )}
      </div>
      <Field label={t("logoChoose")} hint={t("logoHint")} error={error}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="file"
            name="logo"
            accept={LOGO_TYPES.join(",")}
            className="block w-full text-sm text-gray-700 file:me-3 file:rounded-md file:border-0 file:bg-gray-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-gray-900 hover:file:bg-gray-200"
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("logoUpload")}
        </Button>
        {current && (
          <Button
            variant="secondary"
            aria-disabled={pending || undefined}
            onClick={() => {
              if (pending) return;
              setMessage(null);
              setError(undefined);
              startTransition(async () => {
                const result = await removeWorkspaceLogoAction(workspaceSlug, {});
                if (result.ok) {
                  setCurrent(null);
                  setMessage({ tone: "ok", text: t("logoRemoved") });
                } else setMessage({ tone: "error", text: tc("errors.generic") });
              });
            }}
          >
            {t("logoRemove")}
          </Button>
        )}
        <ActionMessage message={message} />
      </div>
    </form>
  );
}
