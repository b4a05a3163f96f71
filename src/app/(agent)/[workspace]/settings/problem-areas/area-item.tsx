"use client";
// One problem area in the settings list: its name as the reader sees it, key, ticket count and
// state, with Rename (the names per language, in place), Up/Down and Archive/Unarchive. Focus
// stays on the button that was used, also when the row moves or the list refreshes, and returns
// to Rename when its form closes.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { locales, type Locale } from "@/i18n/locales";
import type { AreaNames } from "@/lib/problem-area-names";
import type { FieldIssue } from "@/server/errors";
import { moveProblemAreaAction, renameProblemAreaAction, setProblemAreaArchivedAction } from "@/server/problem-areas/problem-area.actions";
import { Badge } from "@/ui/badge";
import { Button } from "@/ui/button";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";
import { AreaNamesFields, emptyNames } from "./area-names-fields";
import { namesIssues } from "./area-errors";

export type AreaItemView = {
  id: string;
  key: string;
  label: string;
  names: AreaNames;
  placeholders: Partial<Record<Locale, string>>;
  archived: boolean;
  tickets: number;
  first: boolean;
  last: boolean;
};

type Control = "rename" | "up" | "down" | "archive";

export function AreaItem({ slug, area, firstLocale }: { slug: string; area: AreaItemView; firstLocale: Locale }) {
  const t = useTranslations("workspaceSetup.problemAreas");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [editing, setEditing] = useState(false);
  const [names, setNames] = useState(emptyNames);
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const inputs = useRef<Partial<Record<Locale, HTMLInputElement | null>>>({});
  const buttons = useRef<Partial<Record<Control, HTMLButtonElement | null>>>({});
  const keepFocus = useRef<Control | null>(null);

  // The used control keeps the focus through the refresh (a moved row is re-inserted, which
  // blurs it), until the user does something else.
  useEffect(() => {
    const want = keepFocus.current;
    if (!want || editing) return;
    const el = buttons.current[want] && !buttons.current[want]!.disabled ? buttons.current[want] : buttons.current.rename;
    if (el && document.activeElement !== el) el.focus();
  });
  useEffect(() => {
    const stop = () => {
      keepFocus.current = null;
    };
    window.addEventListener("pointerdown", stop, true);
    window.addEventListener("keydown", stop, true);
    return () => {
      window.removeEventListener("pointerdown", stop, true);
      window.removeEventListener("keydown", stop, true);
    };
  }, []);
  useEffect(() => {
    if (editing) inputs.current[firstLocale]?.focus();
  }, [editing, firstLocale]);

  function run(control: Control, action: () => Promise<{ ok: boolean }>) {
    setMessage(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setMessage({ tone: "error", text: tc("errors.generic") });
        return;
      }
      // Set after the action: the click's own pointer and key events have cleared it by then.
      keepFocus.current = control;
      router.refresh();
    });
  }

  const nameId = `area-${area.id}-name`;
  return (
    <li className="flex flex-col gap-3 px-4 py-3 sm:px-6" data-problem-area={area.key}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2">
            <span id={nameId} dir="auto" className="font-medium text-gray-900 [overflow-wrap:anywhere]">
              {area.label}
            </span>
            {area.archived && <Badge tone="neutral">{t("archivedBadge")}</Badge>}
          </p>
          <p className="text-sm text-gray-600">
            <span dir="ltr" className="font-mono">
              {area.key}
            </span>
            {" · "}
            {t("tickets", { count: area.tickets })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <Button
            ref={(el) => {
              buttons.current.rename = el;
            }}
            variant="secondary"
            size="sm"
            aria-describedby={nameId}
            aria-expanded={editing}
            onClick={() => {
              setNames({ ...emptyNames(), ...area.names });
              setIssues({});
              setMessage(null);
              setEditing(true);
            }}
          >
            {t("rename")}
          </Button>
          <Button
            ref={(el) => {
              buttons.current.up = el;
            }}
            variant="ghost"
            size="sm"
            disabled={area.first || pending}
            aria-label={t("moveUp", { name: area.label })}
            onClick={() => run("up", () => moveProblemAreaAction(slug, { areaId: area.id, direction: "up" }))}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            ref={(el) => {
              buttons.current.down = el;
            }}
            variant="ghost"
            size="sm"
            disabled={area.last || pending}
            aria-label={t("moveDown", { name: area.label })}
            onClick={() => run("down", () => moveProblemAreaAction(slug, { areaId: area.id, direction: "down" }))}
          >
            <span aria-hidden="true">↓</span>
          </Button>
          <Button
            ref={(el) => {
              buttons.current.archive = el;
            }}
            variant="ghost"
            size="sm"
            loading={pending}
            aria-describedby={nameId}
            onClick={() => run("archive", () => setProblemAreaArchivedAction(slug, { areaId: area.id, archived: !area.archived }))}
          >
            {area.archived ? t("unarchive") : t("archive")}
          </Button>
        </div>
      </div>
      {editing && (
        <form
          method="post"
          noValidate
          aria-label={t("renameTitle", { name: area.label })}
          className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-gray-50 p-3"
          onSubmit={(event) => {
            event.preventDefault();
            setMessage(null);
            startTransition(async () => {
              const result = await renameProblemAreaAction(slug, { areaId: area.id, names });
              if (result.ok) {
                setEditing(false);
                keepFocus.current = "rename";
                setMessage({ tone: "ok", text: t("renamed") });
                router.refresh();
                return;
              }
              const found = namesIssues(result.error.fields, firstLocale);
              setIssues(found);
              const first = [firstLocale, ...locales].find((l) => found[l]);
              setMessage({ tone: "error", text: first ? t("notSaved") : tc("errors.generic") });
              if (first) inputs.current[first]?.focus();
            });
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              setEditing(false);
              keepFocus.current = "rename";
            }
          }}
        >
          <p className="text-sm text-gray-600">{t("renameHint")}</p>
          <AreaNamesFields idPrefix={`area-${area.id}`} names={names} onChange={(l, v) => setNames((n) => ({ ...n, [l]: v }))} issues={issues} placeholders={area.placeholders} inputRefs={inputs} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" loading={pending}>
              {t("save")}
            </Button>
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => {
                setEditing(false);
                keepFocus.current = "rename";
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
      <ActionMessage message={message} />
    </li>
  );
}
