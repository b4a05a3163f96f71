"use client";
// The workspace's SLA policies in the order they are tried: each with what it applies to, its
// calendar, its targets and warnings; Move up/down swaps it with its neighbour (focus stays on the
// button, or its twin at the end of the list), Edit opens the editor in place, Delete asks first.
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { formatMinutes } from "@/lib/sla-durations";
import { deleteSlaPolicyAction, moveSlaPolicyAction } from "@/server/sla/sla-policy.actions";
import type { SlaPolicyView } from "@/server/sla/sla-policy.schemas";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { ActionButton } from "../action-button";
import { PolicyEditor, type CalendarChoice } from "./policy-editor";
import { conditionsSummary, targetsSummary } from "./policy-summary";

type Props = { slug: string; locale: string; policies: SlaPolicyView[]; calendars: CalendarChoice[]; areas: { key: string; label: string }[] };
type Direction = "up" | "down";

export function PolicyList({ slug, locale, policies, calendars, areas }: Props) {
  const ts = useTranslations("settings");
  const t = useTranslations("settings.slaPolicies");
  const tt = useTranslations("tickets");
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [moveFailed, setMoveFailed] = useState(false);
  const [moving, startMove] = useTransition();
  const focusAfterMove = useRef<{ id: string; direction: Direction } | null>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const calendarNames = new Map(calendars.map((c) => [c.id, c.name]));
  const areaNames = new Map(areas.map((a) => [a.key, a.label]));
  const list = (items: string[]) => new Intl.ListFormat(locale, { style: "short", type: "unit" }).format(items);
  const nextPosition = Math.min(10_000, Math.max(-1, ...policies.map((p) => p.position)) + 1);

  // After a move the list comes back in its new order: the focus follows the policy to its button,
  // or to the other one when it reached an end of the list (a disabled button takes no focus).
  useEffect(() => {
    if (!focusAfterMove.current) return;
    const { id, direction } = focusAfterMove.current;
    focusAfterMove.current = null;
    const index = policies.findIndex((p) => p.id === id);
    const atEnd = direction === "up" ? index === 0 : index === policies.length - 1;
    buttons.current.get(`${id}:${atEnd ? (direction === "up" ? "down" : "up") : direction}`)?.focus();
  }, [policies]);

  function close(id: string, saved?: string) {
    setEditing(null);
    if (saved) setNotice(t("saved", { name: saved }));
    requestAnimationFrame(() => (id === "new" ? newRef.current : buttons.current.get(`${id}:edit`))?.focus());
  }

  function move(id: string, direction: Direction) {
    // One move at a time: the next one must start from the order this one leaves. (Not disabled
    // meanwhile: a disabled button would drop the keyboard focus.)
    if (moving) return;
    setNotice(null);
    focusAfterMove.current = { id, direction };
    startMove(async () => {
      const result = await moveSlaPolicyAction(slug, { policyId: id, direction });
      setMoveFailed(!result.ok);
      if (!result.ok) focusAfterMove.current = null;
    });
  }

  const keep = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  const editorProps = { slug, calendars, areas, nextPosition };

  return (
    <>
      <div aria-live="polite">
        {notice && <Alert tone="success">{notice}</Alert>}
        {moveFailed && <Alert tone="danger">{t("moveFailed")}</Alert>}
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
              {t("newPolicy")}
            </Button>
          }
        />
        {editing === "new" && (
          <CardBody className="border-b border-gray-100">
            <PolicyEditor {...editorProps} onClose={(saved) => close("new", saved)} />
          </CardBody>
        )}
        {policies.length === 0 ? (
          <CardBody>
            <p className="text-sm text-gray-600">{t("empty")}</p>
          </CardBody>
        ) : (
          <ol className="divide-y divide-gray-100">
            {policies.map((policy, index) => {
              const targets = targetsSummary(ts, tt, policy.targets, locale);
              return (
                <li key={policy.id} className="flex flex-col gap-3 px-4 py-3 sm:px-6" data-policy={policy.id}>
                  <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                    <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                      <p className="flex items-baseline gap-2">
                        <span aria-hidden="true" className="text-sm tabular-nums text-gray-500">
                          {index + 1}.
                        </span>
                        <span dir="auto" className="min-w-0 font-medium text-gray-900 [overflow-wrap:anywhere]">
                          {policy.name}
                        </span>
                      </p>
                      <p className="text-sm text-gray-700 [overflow-wrap:anywhere]">
                        <span className="sr-only">{t("summary.conditions")}: </span>
                        {conditionsSummary(ts, tt, policy.conditions, (key) => areaNames.get(key) ?? key, list)}
                      </p>
                      <p className="text-sm text-gray-600">
                        <span className="sr-only">{t("summary.calendar")}: </span>
                        <span dir="auto">{calendarNames.get(policy.calendarId) ?? t("summary.unknownCalendar")}</span>
                        <span aria-hidden="true"> · </span>
                        {policy.warnBeforeMinutes.length
                          ? t("summary.warningsList", { list: list(policy.warnBeforeMinutes.map((m) => formatMinutes(m, locale))) })
                          : t("summary.noWarnings")}
                      </p>
                      <ul aria-label={t("summary.targets")} className="text-sm text-gray-600">
                        {targets.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </div>
                    <div className="flex shrink-0 flex-wrap items-start gap-1">
                      <Button
                        ref={keep(`${policy.id}:up`)}
                        variant="ghost"
                        size="sm"
                        disabled={index === 0}
                        aria-label={`${t("moveUp")}: ${policy.name}`}
                        onClick={() => move(policy.id, "up")}
                      >
                        {t("moveUp")}
                      </Button>
                      <Button
                        ref={keep(`${policy.id}:down`)}
                        variant="ghost"
                        size="sm"
                        disabled={index === policies.length - 1}
                        aria-label={`${t("moveDown")}: ${policy.name}`}
                        onClick={() => move(policy.id, "down")}
                      >
                        {t("moveDown")}
                      </Button>
                      <Button
                        ref={keep(`${policy.id}:edit`)}
                        variant="secondary"
                        size="sm"
                        aria-expanded={editing === policy.id}
                        aria-label={`${t("edit")}: ${policy.name}`}
                        onClick={() => {
                          setNotice(null);
                          setEditing(editing === policy.id ? null : policy.id);
                        }}
                      >
                        {t("edit")}
                      </Button>
                      <ActionButton
                        label={t("delete")}
                        ariaLabel={`${t("delete")}: ${policy.name}`}
                        confirm={{ title: t("deleteTitle", { name: policy.name }), description: t("deleteEffect"), confirmLabel: t("delete") }}
                        action={deleteSlaPolicyAction.bind(null, slug, { policyId: policy.id })}
                      />
                    </div>
                  </div>
                  {editing === policy.id && <PolicyEditor {...editorProps} policy={policy} onClose={(saved) => close(policy.id, saved)} />}
                </li>
              );
            })}
          </ol>
        )}
      </Card>
    </>
  );
}
