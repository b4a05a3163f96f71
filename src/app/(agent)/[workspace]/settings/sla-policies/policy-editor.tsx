"use client";
// An SLA policy's editor: name, calendar, conditions (channels, priorities and problem areas as
// checkboxes; tags and customer email domains as lists), targets per priority (targets-table.tsx)
// and warnings before a deadline. The server's field errors (coded, sla-policy.schemas.ts) show
// beside the control they name, and a failed save moves the focus to the first of them.
import Link from "next/link";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { parseMinuteList, splitList, splitMinutes, toMinutes } from "@/lib/sla-durations";
import type { ActionError } from "@/server/action";
import { createSlaPolicyAction, updateSlaPolicyAction } from "@/server/sla/sla-policy.actions";
import type { SlaPolicyView } from "@/server/sla/sla-policy.schemas";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { Textarea } from "@/ui/textarea";
import { policyFieldErrors } from "./policy-errors";
import { CHANNELS, METRICS, PRIORITIES } from "./policy-summary";
import { TargetsTable, type TargetRows } from "./targets-table";

export type CalendarChoice = { id: string; name: string; default: boolean };

type Props = {
  slug: string;
  policy?: SlaPolicyView;
  calendars: CalendarChoice[];
  areas: { key: string; label: string }[];
  /** Where a new policy goes: after the last one. */
  nextPosition: number;
  /** Closes the editor; with the policy's name when it was saved. */
  onClose: (saved?: string) => void;
};

function initialTargets(policy?: SlaPolicyView): TargetRows {
  return Object.fromEntries(
    PRIORITIES.map((p) => {
      const target = policy?.targets[p];
      return [p, { ...Object.fromEntries(METRICS.map((m) => [m, splitMinutes(target?.[m])])), businessHours: target?.businessHours ?? true }];
    }),
  ) as TargetRows;
}

/** A group of checkboxes (fieldset and legend) whose values are a set. */
function CheckboxGroup({ legend, options, values, onChange, error, errorId }: {
  legend: string;
  options: { value: string; label: string }[];
  values: string[];
  onChange: (values: string[]) => void;
  error?: string;
  errorId: string;
}) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium text-gray-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            checked={values.includes(o.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
          />
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-danger-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function PolicyEditor({ slug, policy, calendars, areas, nextPosition, onClose }: Props) {
  const t = useTranslations("settings");
  const tp = useTranslations("settings.slaPolicies");
  const tf = useTranslations("settings.slaPolicies.form");
  const tt = useTranslations("tickets");
  const idBase = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [name, setName] = useState(policy?.name ?? "");
  const [calendarId, setCalendarId] = useState(policy?.calendarId ?? (calendars.find((c) => c.default) ?? calendars[0])?.id ?? "");
  const [channels, setChannels] = useState<string[]>(policy?.conditions.channels ?? []);
  const [priorities, setPriorities] = useState<string[]>(policy?.conditions.priorities ?? []);
  const [areaKeys, setAreaKeys] = useState<string[]>(policy?.conditions.areas ?? []);
  const [tags, setTags] = useState((policy?.conditions.tags ?? []).join(", "));
  const [domains, setDomains] = useState((policy?.conditions.emailDomains ?? []).join(", "));
  const [targets, setTargets] = useState<TargetRows>(() => initialTargets(policy));
  const [warnings, setWarnings] = useState((policy?.warnBeforeMinutes ?? []).join(", "));

  useEffect(() => headingRef.current?.focus(), []);
  // A failed save: the focus goes to the first control with an error, else to the summary alert.
  useEffect(() => {
    if (!error) return;
    const form = formRef.current;
    (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [error]);

  const errors = policyFieldErrors(t, error?.fields);
  // Archived or deleted areas a policy still names stay ticked (and shown by key) until unticked.
  const areaOptions = [...areas.map((a) => ({ value: a.key, label: a.label })), ...areaKeys.filter((k) => !areas.some((a) => a.key === k)).map((k) => ({ value: k, label: k }))];

  function submit() {
    const list = <T,>(values: T[]): T[] | undefined => (values.length ? values : undefined);
    const conditions = {
      channels: list(CHANNELS.filter((c) => channels.includes(c))),
      priorities: list(PRIORITIES.filter((p) => priorities.includes(p))),
      areas: list(areaKeys),
      tags: list(splitList(tags)),
      emailDomains: list(splitList(domains)),
    };
    const targetBody = Object.fromEntries(
      PRIORITIES.flatMap((p) => {
        const row = targets[p];
        const minutes = Object.fromEntries(METRICS.flatMap((m) => {
          const value = toMinutes(row[m].value, row[m].unit);
          return value === undefined ? [] : [[m, value]];
        }));
        return Object.keys(minutes).length ? [[p, { ...minutes, businessHours: row.businessHours }]] : [];
      }),
    );
    const body = { name, calendarId, conditions, targets: targetBody, warnBeforeMinutes: parseMinuteList(warnings) };
    setError(null);
    startTransition(async () => {
      const result = policy
        ? await updateSlaPolicyAction(slug, { policyId: policy.id, ...body })
        : await createSlaPolicyAction(slug, { ...body, position: nextPosition });
      if (result.ok) onClose(result.data.name);
      else setError(result.error);
    });
  }

  const general =
    error &&
    (error.code === "VALIDATION" ? tp("invalid") : error.code === "NOT_FOUND" ? tp("notFound") : error.code === "FORBIDDEN" ? t("errors.forbidden") : null);

  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby={`${idBase}-title`}
      className="flex flex-col gap-5 rounded-lg border border-gray-200 p-4 sm:p-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${idBase}-title`} ref={headingRef} tabIndex={-1} className="text-base font-semibold text-gray-900 focus:outline-none">
        {policy ? tp("editTitle", { name: policy.name }) : tp("newTitle")}
      </h3>
      {error && (
        <Alert tone="danger" role="alert" tabIndex={-1}>
          {general ?? t("errors.invalid")}
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={tf("name")} error={errors.name} required>
          {(control) => <Input {...control} dir="auto" value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
        </Field>
        {calendars.length > 0 ? (
          <Field label={tf("calendar")} hint={tf("calendarHint")} error={errors.calendarId} required>
            {(control) => (
              <Select {...control} value={calendarId} onChange={(e) => setCalendarId(e.target.value)}>
                {calendars.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <div className="flex flex-col gap-1.5 text-sm">
            <p className="font-medium text-gray-800">{tf("calendar")}</p>
            <p id={`${idBase}-no-calendar`} className="text-gray-700">
              {tf("noCalendar")}{" "}
              <Link href={`/${slug}/settings/business-hours`} className="font-medium text-brand-700 underline">
                {tf("createCalendar")}
              </Link>
            </p>
            {errors.calendarId && <p className="text-danger-700">{errors.calendarId}</p>}
          </div>
        )}
      </div>

      <fieldset className="flex min-w-0 flex-col gap-4">
        <legend className="text-sm font-semibold text-gray-900">{tf("conditions")}</legend>
        <p className="text-sm text-gray-600">{tf("conditionsHint")}</p>
        <CheckboxGroup
          legend={tf("channels")}
          options={CHANNELS.map((c) => ({ value: c, label: tt(`channel.${c.toUpperCase()}`) }))}
          values={channels}
          onChange={setChannels}
          error={errors.channels}
          errorId={`${idBase}-channels-error`}
        />
        <CheckboxGroup
          legend={tf("priorities")}
          options={PRIORITIES.map((p) => ({ value: p, label: tt(`priority.${p.toUpperCase()}`) }))}
          values={priorities}
          onChange={setPriorities}
          error={errors.priorities}
          errorId={`${idBase}-priorities-error`}
        />
        {areaOptions.length > 0 ? (
          <CheckboxGroup legend={tf("areas")} options={areaOptions} values={areaKeys} onChange={setAreaKeys} error={errors.areas} errorId={`${idBase}-areas-error`} />
        ) : (
          <p className="text-sm text-gray-600">{tf("noAreas")}</p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={tf("tags")} hint={tf("tagsHint")} error={errors.tags}>
            {(control) => <Textarea {...control} dir="auto" rows={2} value={tags} onChange={(e) => setTags(e.target.value)} />}
          </Field>
          <Field label={tf("emailDomains")} hint={tf("emailDomainsHint")} error={errors.emailDomains}>
            {(control) => <Textarea {...control} dir="ltr" rows={2} value={domains} onChange={(e) => setDomains(e.target.value)} />}
          </Field>
        </div>
      </fieldset>

      <TargetsTable idBase={idBase} rows={targets} onChange={setTargets} errors={errors} />

      <Field label={tf("warnings")} hint={tf("warningsHint")} error={errors.warnings} className="sm:max-w-md">
        {(control) => <Input {...control} dir="ltr" inputMode="numeric" autoComplete="off" value={warnings} onChange={(e) => setWarnings(e.target.value)} />}
      </Field>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          {pending ? tf("saving") : policy ? tf("save") : tf("create")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => onClose()}>
          {tf("cancel")}
        </Button>
      </div>
    </form>
  );
}
