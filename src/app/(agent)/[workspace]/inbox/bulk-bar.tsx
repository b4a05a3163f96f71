"use client";
// What can be done to the selected tickets, one request per action. Each change pairs a control
// with its own button, so choosing in a select never fires a change by itself (arrow keys in a
// closed select change its value in some browsers).
import { useId, useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/ui/button";
import { Select } from "@/ui/select";
import { Input } from "@/ui/input";

export type BulkKind = "close" | "reopen" | "assign" | "unassign" | "priority" | "area" | "clearArea" | "addTag" | "removeTag";
export type BulkChange = {
  status?: "OPEN" | "CLOSED";
  priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  assignee?: string | null;
  area?: string | null;
  addTags?: string[];
  removeTags?: string[];
};

type Option = { value: string; label: string };
const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const;

type Props = {
  count: number;
  pending: boolean;
  assignees: Option[];
  areas: Option[];
  assignRef: RefObject<HTMLSelectElement | null>;
  onAction: (kind: BulkKind, change: BulkChange) => void;
  onClear: () => void;
};

export function BulkBar({ count, pending, assignees, areas, assignRef, onAction, onClear }: Props) {
  const t = useTranslations("inbox");
  const tt = useTranslations("tickets");
  const id = useId();
  const [assignee, setAssignee] = useState(assignees[0]?.value ?? "");
  const [priority, setPriority] = useState<(typeof PRIORITIES)[number]>("HIGH");
  const [area, setArea] = useState(areas[0]?.value ?? "");
  const [tag, setTag] = useState("");
  const tagValue = tag.trim().toLowerCase();

  const group = "flex shrink-0 items-center gap-1.5";
  return (
    <section
      aria-label={t("bulk.label")}
      className="sticky bottom-0 z-20 -mx-3 flex flex-col gap-2 border-t border-gray-200 bg-white/95 px-3 py-3 shadow-[0_-4px_12px_-6px_rgb(0_0_0/0.15)] backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
    >
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-sm font-semibold text-gray-900" aria-live="polite">
          {t("bulk.selected", { count })}
        </p>
        <Button size="sm" loading={pending} onClick={() => onAction("close", { status: "CLOSED" })} aria-keyshortcuts="e">
          {t("bulk.close")}
        </Button>
        <Button size="sm" variant="secondary" loading={pending} onClick={() => onAction("reopen", { status: "OPEN" })}>
          {t("bulk.reopen")}
        </Button>
        <Button size="sm" variant="ghost" onClick={onClear} className="ms-auto">
          {t("bulk.clear")}
        </Button>
      </div>
      {/* Phones: one row that scrolls sideways, so the bar covers little of the list. Positioned,
          so the visually hidden labels inside scroll with it instead of widening the page. */}
      <div className="relative -mx-3 flex items-center gap-x-4 gap-y-2 overflow-x-auto px-3 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
        <PickAndApply
          id={`${id}-assignee`}
          label={t("bulk.assignee")}
          value={assignee}
          onChange={setAssignee}
          options={[{ value: "", label: t("bulk.nobody") }, ...assignees]}
          selectRef={assignRef}
          shortcut="a"
          width="w-40"
          apply={t("bulk.assign")}
          pending={pending}
          onApply={() => onAction(assignee ? "assign" : "unassign", { assignee: assignee || null })}
        />
        <PickAndApply
          id={`${id}-priority`}
          label={t("bulk.priority")}
          value={priority}
          onChange={(v) => setPriority(v as (typeof PRIORITIES)[number])}
          options={PRIORITIES.map((p) => ({ value: p, label: tt(`priority.${p}`) }))}
          width="w-32"
          apply={t("bulk.setPriority")}
          pending={pending}
          onApply={() => onAction("priority", { priority })}
        />
        <PickAndApply
          id={`${id}-area`}
          label={t("bulk.area")}
          value={area}
          onChange={setArea}
          options={[{ value: "", label: tt("area.none") }, ...areas]}
          width="w-44"
          apply={t("bulk.setArea")}
          pending={pending}
          onApply={() => onAction(area ? "area" : "clearArea", { area: area || null })}
        />
        <div className={group}>
          <label htmlFor={`${id}-tag`} className="sr-only">
            {t("bulk.tag")}
          </label>
          <Input
            id={`${id}-tag`}
            value={tag}
            onChange={(e) => setTag(e.target.value)}
            placeholder={t("bulk.tag")}
            maxLength={60}
            className="h-8 w-32"
          />
          <Button
            size="sm"
            variant="secondary"
            loading={pending}
            disabled={!tagValue}
            onClick={() => onAction("addTag", { addTags: [tagValue] })}
          >
            {t("bulk.addTag")}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            loading={pending}
            disabled={!tagValue}
            onClick={() => onAction("removeTag", { removeTags: [tagValue] })}
          >
            {t("bulk.removeTag")}
          </Button>
        </div>
      </div>
    </section>
  );
}

type PickAndApplyProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  selectRef?: RefObject<HTMLSelectElement | null>;
  shortcut?: string;
  width: string;
  apply: string;
  pending: boolean;
  onApply: () => void;
};

/** A labelled select and the button that applies its choice to the selected tickets. */
function PickAndApply({ id, label, value, onChange, options, selectRef, shortcut, width, apply, pending, onApply }: PickAndApplyProps) {
  return (
    <div className="flex shrink-0 items-center gap-1.5">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Select id={id} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value)} aria-keyshortcuts={shortcut} className={`h-8 ${width} text-sm`}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Button size="sm" variant="secondary" loading={pending} onClick={onApply}>
        {apply}
      </Button>
    </div>
  );
}
