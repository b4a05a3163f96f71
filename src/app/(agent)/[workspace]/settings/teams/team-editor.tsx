"use client";
// A team's editor: name, how it hands out tickets (manual or round-robin, with a capacity per
// member), its routing conditions for new tickets (channels, problem areas, mailboxes: every group
// ticked must hold; none ticked: the team takes tickets only by hand) and its members. The
// server's field errors show beside the field they name.
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionError } from "@/server/action";
import { createTeamAction, updateTeamAction } from "@/server/teams/team.actions";
import type { AssignmentMode, TeamView } from "@/server/teams/team.schemas";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";

const CHANNELS = ["EMAIL", "FORM", "PORTAL", "PHONE", "CHAT", "API", "SOCIAL"] as const;
type Channel = (typeof CHANNELS)[number];

export type TeamChoices = {
  members: Array<{ id: string; name: string; away: boolean }>;
  areas: Array<{ key: string; label: string }>;
  mailboxes: Array<{ id: string; label: string }>;
};

type Props = TeamChoices & { slug: string; team?: TeamView; nextPosition: number; onClose: (saved?: string) => void };

const CODES = new Set(["required", "tooLong", "tooShort", "taken", "notTeamMember", "unknownArea", "unknownMailbox", "invalid"]);

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

function CheckGroup<T extends string>(props: { legend: string; hint?: string; error?: string; items: Array<{ value: T; label: string; description?: string }>; chosen: T[]; onChange: (v: T[]) => void }) {
  const id = useId();
  if (props.items.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={[props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].join(" ").trim() || undefined}>
      <legend className="text-sm font-semibold text-gray-900">{props.legend}</legend>
      {props.hint && (
        <p id={`${id}-hint`} className="text-sm text-gray-600">
          {props.hint}
        </p>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        {props.items.map((item) => (
          <Checkbox
            key={item.value}
            label={<bdi>{item.label}</bdi>}
            description={item.description}
            checked={props.chosen.includes(item.value)}
            onChange={(e) => props.onChange(toggle(props.chosen, item.value, e.target.checked))}
          />
        ))}
      </div>
      {props.error && (
        <p id={`${id}-error`} className="text-sm text-danger-700">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

export function TeamEditor({ slug, team, members, areas, mailboxes, nextPosition, onClose }: Props) {
  const t = useTranslations("settings");
  const tt = useTranslations("settings.teams");
  const tc = useTranslations("tickets");
  const idBase = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [name, setName] = useState(team?.name ?? "");
  const [mode, setMode] = useState<AssignmentMode>(team?.assignmentMode ?? "ROUND_ROBIN");
  const [capacity, setCapacity] = useState(team?.maxOpenPerAgent?.toString() ?? "");
  const [position, setPosition] = useState(String(team?.position ?? nextPosition));
  const [memberIds, setMemberIds] = useState<string[]>(team?.memberIds ?? []);
  const [channels, setChannels] = useState<Channel[]>(team?.conditions.channels ?? []);
  const [areaKeys, setAreaKeys] = useState<string[]>(team?.conditions.areas ?? []);
  const [mailboxIds, setMailboxIds] = useState<string[]>(team?.conditions.mailboxIds ?? []);

  useEffect(() => headingRef.current?.focus(), []);

  const fields = error?.fields ?? {};
  const message = (path: string) => {
    const issue = fields[path];
    if (!issue) return undefined;
    if (!CODES.has(issue.code)) return t("errors.invalid");
    return ["required", "tooLong", "tooShort", "invalid"].includes(issue.code) ? t(`errors.${issue.code}`, { bound: issue.bound ?? 0 }) : tt(`errors.${issue.code}`);
  };
  const numberMessage = (path: string) => (fields[path] ? tt("errors.number", { max: path === "position" ? 10000 : 1000 }) : undefined);

  function submit() {
    const capacityValue = capacity.trim() === "" ? null : Number(capacity);
    const body = {
      name,
      assignmentMode: mode,
      maxOpenPerAgent: capacityValue,
      position: Number(position),
      memberIds,
      conditions: { channels, areas: areaKeys, mailboxIds },
    };
    setError(null);
    startTransition(async () => {
      const result = team ? await updateTeamAction(slug, { teamId: team.id, ...body }) : await createTeamAction(slug, body);
      if (result.ok) onClose(result.data.name);
      else setError(result.error);
    });
  }

  const general = error && (error.code === "NOT_FOUND" ? tt("notFound") : error.code === "FORBIDDEN" ? t("errors.forbidden") : tt("invalid"));

  return (
    <form
      noValidate
      aria-labelledby={`${idBase}-title`}
      className="flex flex-col gap-5 rounded-lg border border-gray-200 p-4 sm:p-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${idBase}-title`} ref={headingRef} tabIndex={-1} className="text-base font-semibold text-gray-900 focus:outline-none">
        {team ? tt("editTitle", { name: team.name }) : tt("newTitle")}
      </h3>
      {error && (
        <Alert tone="danger" role="alert">
          {general}
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={tt("form.name")} error={message("name")} required>
          {(control) => <Input {...control} dir="auto" value={name} maxLength={80} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={tt("form.mode")} hint={tt(`form.modeHint.${mode}`)} error={message("assignmentMode")}>
          {(control) => (
            <Select {...control} value={mode} onChange={(e) => setMode(e.target.value as AssignmentMode)}>
              {(["ROUND_ROBIN", "MANUAL"] as const).map((m) => (
                <option key={m} value={m}>
                  {tt(`mode.${m}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={tt("form.capacity")} hint={tt("form.capacityHint")} error={numberMessage("maxOpenPerAgent")}>
          {(control) => <Input {...control} type="number" inputMode="numeric" min={1} max={1000} dir="ltr" value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
        </Field>
        <Field label={tt("form.position")} hint={tt("form.positionHint")} error={numberMessage("position")}>
          {(control) => <Input {...control} type="number" inputMode="numeric" min={0} max={10000} dir="ltr" value={position} onChange={(e) => setPosition(e.target.value)} />}
        </Field>
      </div>

      <CheckGroup
        legend={tt("form.members")}
        hint={members.length === 0 ? tt("form.noAgents") : tt("form.membersHint")}
        error={message("memberIds")}
        items={members.map((m) => ({ value: m.id, label: m.name, ...(m.away ? { description: tt("away") } : {}) }))}
        chosen={memberIds}
        onChange={setMemberIds}
      />

      <div className="flex flex-col gap-4 rounded-md border border-gray-200 p-3">
        <div>
          <h4 className="text-sm font-semibold text-gray-900">{tt("form.conditions")}</h4>
          <p className="text-sm text-gray-600">{tt("form.conditionsHint")}</p>
        </div>
        <CheckGroup legend={tt("form.channels")} items={CHANNELS.map((c) => ({ value: c, label: tc(`channel.${c}`) }))} chosen={channels} onChange={setChannels} error={message("conditions.channels")} />
        <CheckGroup legend={tt("form.areas")} items={areas.map((a) => ({ value: a.key, label: a.label }))} chosen={areaKeys} onChange={setAreaKeys} error={message("conditions.areas")} />
        <CheckGroup legend={tt("form.mailboxes")} items={mailboxes.map((m) => ({ value: m.id, label: m.label }))} chosen={mailboxIds} onChange={setMailboxIds} error={message("conditions.mailboxIds")} />
      </div>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          {pending ? tt("form.saving") : team ? tt("form.save") : tt("form.create")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => onClose()}>
          {tt("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
