"use client";
// The workspace's business calendars: each with its time zone, whether it is the default and its
// week in one line; Edit opens the editor in place (focus moves into it, and back after), New
// calendar opens an empty one. Deleting asks first and says what happens to the default.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { deleteCalendarAction } from "@/server/sla/calendar.actions";
import type { CalendarView } from "@/server/sla/calendar.schemas";
import { summariseWeek } from "@/lib/week-hours";
import { Alert } from "@/ui/alert";
import { Badge } from "@/ui/badge";
import { Button } from "@/ui/button";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { ActionButton } from "../action-button";
import { CalendarEditor } from "./calendar-editor";

type Props = { slug: string; locale: string; calendars: CalendarView[]; workspaceTimeZone: string; timeZones: string[] };

export function CalendarList({ slug, locale, calendars, workspaceTimeZone, timeZones }: Props) {
  const t = useTranslations("settings.businessHours");
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const editRefs = useRef(new Map<string, HTMLButtonElement>());

  function close(id: string, saved?: string) {
    setEditing(null);
    if (saved) setNotice(t("saved", { name: saved }));
    requestAnimationFrame(() => (id === "new" ? newRef.current : editRefs.current.get(id))?.focus());
  }

  const editorProps = { slug, workspaceTimeZone, timeZones, isFirst: calendars.length === 0 };

  return (
    <>
      <div aria-live="polite">
        {notice && <Alert tone="success">{notice}</Alert>}
      </div>
      <Card>
        <CardHeader
          title={t("listTitle")}
          level={2}
          actions={
            <Button
              ref={newRef}
              size="sm"
              aria-expanded={editing === "new"}
              onClick={() => {
                setNotice(null);
                setEditing(editing === "new" ? null : "new");
              }}
            >
              {t("newCalendar")}
            </Button>
          }
        />
        {editing === "new" && (
          <CardBody className="border-b border-gray-100">
            <CalendarEditor {...editorProps} onClose={(saved) => close("new", saved)} />
          </CardBody>
        )}
        {calendars.length === 0 ? (
          <CardBody>
            <p className="text-sm text-gray-600">{t("empty")}</p>
          </CardBody>
        ) : (
          <ul className="divide-y divide-gray-100">
            {calendars.map((calendar) => (
              <li key={calendar.id} className="flex flex-col gap-3 px-4 py-3 sm:px-6" data-calendar={calendar.id}>
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <span dir="auto" className="min-w-0 font-medium text-gray-900 [overflow-wrap:anywhere]">
                        {calendar.name}
                      </span>
                      {calendar.default && <Badge tone="brand">{t("defaultBadge")}</Badge>}
                    </p>
                    <p className="text-sm text-gray-600">
                      <span className="sr-only">{t("form.timeZone")}: </span>
                      <span dir="ltr">{calendar.timeZone}</span>
                      <span aria-hidden="true"> · </span>
                      {t("holidaysCount", { count: calendar.holidays.length })}
                    </p>
                    <p className="text-sm text-gray-700">
                      <span className="sr-only">{t("form.week")}: </span>
                      {summariseWeek(calendar.hours, locale, t("closedAllWeek"))}
                    </p>
                  </div>
                  <div className="flex shrink-0 items-start gap-1">
                    <Button
                      ref={(el) => {
                        if (el) editRefs.current.set(calendar.id, el);
                        else editRefs.current.delete(calendar.id);
                      }}
                      variant="secondary"
                      size="sm"
                      aria-expanded={editing === calendar.id}
                      aria-label={`${t("edit")}: ${calendar.name}`}
                      onClick={() => {
                        setNotice(null);
                        setEditing(editing === calendar.id ? null : calendar.id);
                      }}
                    >
                      {t("edit")}
                    </Button>
                    <ActionButton
                      label={t("delete")}
                      ariaLabel={`${t("delete")}: ${calendar.name}`}
                      confirm={{
                        title: t("deleteTitle", { name: calendar.name }),
                        description: calendar.default && calendars.length > 1 ? t("deleteDefaultEffect") : t("deleteEffect"),
                        confirmLabel: t("delete"),
                      }}
                      action={deleteCalendarAction.bind(null, slug, { calendarId: calendar.id })}
                    />
                  </div>
                </div>
                {editing === calendar.id && (
                  <CalendarEditor {...editorProps} calendar={calendar} onClose={(saved) => close(calendar.id, saved)} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
