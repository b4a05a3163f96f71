"use client";
// Snooze: the ticket waits as pending until a chosen time (quick choices in the agent's own time
// zone, from src/lib/snooze-choices.ts, or any date and time on that zone's clock), then the
// worker reopens it. A snoozed ticket says until when and can be woken now (status back to
// open, which ends the snooze).
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTimeZone, useTranslations } from "next-intl";
import { snoozeTicketAction, updateTicketAction } from "@/server/tickets/ticket.actions";
import { fromWallTime, snoozeChoices, toWallTime, type SnoozeChoice } from "@/lib/snooze-choices";
import type { ActionError } from "@/server/action";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";

/** Called from event handlers only (the time of the click, not of a render). */
function isPast(d: Date): boolean {
  return Number.isNaN(d.getTime()) || d.getTime() <= Date.now();
}

export function SnoozeControl(props: { slug: string; ticketNumber: number; version: number; snoozedUntil: string | null; canEdit: boolean }) {
  const t = useTranslations("tickets.ticket.snooze");
  const ts = useTranslations("tickets.ticket");
  const tc = useTranslations("common");
  const format = useFormatter();
  // The zone every date on the page is shown in: the browser's (src/i18n/time-zone-sync.tsx).
  // src/i18n/request.ts always sets one; the browser's own is only a type-level fallback.
  const timeZone = useTimeZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<SnoozeChoice[]>([]);
  const [custom, setCustom] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const when = (d: Date) => format.dateTime(d, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" });

  function fail(e: ActionError) {
    if (e.code === "CONFLICT") {
      setError(ts("stale.propertyChanged"));
      router.refresh();
    } else if (e.code === "VALIDATION" && e.fields?.until) setFieldError(t("past"));
    else setError(e.code === "FORBIDDEN" ? tc("errors.forbidden") : tc("errors.generic"));
  }

  function snooze(until: Date) {
    setError(null);
    if (isPast(until)) return setFieldError(t("past"));
    setFieldError(null);
    startTransition(async () => {
      const result = await snoozeTicketAction(props.slug, { ticketNumber: props.ticketNumber, until: until.toISOString(), expectedVersion: props.version });
      if (result.ok) setOpen(false);
      else fail(result.error);
    });
  }

  function unsnooze() {
    setError(null);
    startTransition(async () => {
      const result = await updateTicketAction(props.slug, { ticketNumber: props.ticketNumber, status: "OPEN", expectedVersion: props.version });
      if (!result.ok) fail(result.error);
    });
  }

  if (props.snoozedUntil) {
    return (
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <p className="text-gray-800">
          {t("snoozedUntil", { date: format.dateTime(new Date(props.snoozedUntil), { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
        {props.canEdit && (
          <Button size="sm" variant="secondary" loading={pending} onClick={unsnooze}>
            {t("unsnooze")}
          </Button>
        )}
        {error && (
          <p role="alert" className="w-full text-sm text-danger-700">
            {error}
          </p>
        )}
      </div>
    );
  }
  if (!props.canEdit) return null;

  return (
    <div className="flex flex-col gap-2">
      <Button
        size="sm"
        variant="secondary"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        className="self-start"
        onClick={() => {
          if (!open) {
            const now = new Date();
            const next = snoozeChoices(now, timeZone);
            setChoices(next);
            setCustom(toWallTime(next.find((c) => c.key === "tomorrow")!.until, timeZone));
          }
          setFieldError(null);
          setOpen(!open);
        }}
      >
        {t("open")}
      </Button>
      {open && (
        <div id={`${id}-panel`} role="group" aria-label={t("open")} className="flex flex-col gap-3 rounded-md border border-gray-200 p-3">
          <ul className="flex flex-col gap-1.5">
            {choices.map((c) => (
              <li key={c.key}>
                <Button size="sm" variant="ghost" fullWidth className="justify-between" disabled={pending} onClick={() => snooze(c.until)}>
                  <span>{t(`choices.${c.key}`)}</span>
                  <span className="text-xs font-normal text-gray-500">{when(c.until)}</span>
                </Button>
              </li>
            ))}
          </ul>
          <form
            className="flex flex-col gap-2"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const until = fromWallTime(custom, timeZone);
              if (!until) return setFieldError(t("required"));
              snooze(until);
            }}
          >
            <Field label={t("custom")} error={fieldError}>
              {(control) => (
                <Input
                  {...control}
                  type="datetime-local"
                  value={custom}
                  onChange={(e) => {
                    setCustom(e.target.value);
                    setFieldError(null);
                  }}
                />
              )}
            </Field>
            <Button type="submit" size="sm" loading={pending} className="self-end">
              {t("submit")}
            </Button>
          </form>
          {error && (
            <p role="alert" className="text-sm text-danger-700">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
