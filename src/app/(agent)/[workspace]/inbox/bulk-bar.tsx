"use client";
// What can be done to the selected tickets, one request per action. Each change pairs a control
// with its own button, so choosing in a select never fires a change by itself (arrow keys in a
// closed select change its value in some browsers). On phones the bar is one row (count, Close,
// More actions, clear); "More actions" opens the other controls, wrapped, never scrolling sideways.
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
  /** Whether the other controls show on phones (wider screens always show them). */
  moreOpen: boolean;
  onMoreOpenChange: (open: boolean) => void;
  onAction: (kind: BulkKind, change: BulkChange) => void;
  onClear: () => void;
};

export function BulkBar({ count, pending, assignees, areas, assignRef, moreOpen, onMoreOpenChange, onAction, onClear }: Props) {
  const t = useTranslations("inbox");
  const tt = useTranslations("tickets");
  const id = useId();
  const [assignee, setAssignee] = useState(assignees[0]?.value ?? "");
  const [priority, setPriority] = useState<(typeof PRIORITIES)[number]>("HIGH");
  const [area, setArea] = useState(areas[0]?.value ?? "");
  const [tag, setTag] = useState("");
  const tagValue = tag.trim().toLowerCase();

  const group = "flex flex-wrap items-center gap-1.5";
  return (
    <section
      aria-label={t("bulk.label")}
      className="sticky bottom-0 z-20 -mx-3 flex flex-col gap-2 border-t border-gray-200 bg-white/95 px-3 py-3 shadow-[0_-4px_12px_-6px_rgb(0_0_0/0.15)] backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
    >
      <div className="flex items-center gap-2 sm:flex-wrap">
        <p className="min-w-0 text-sm font-semibold text-gray-900" aria-live="polite">
          {t("bulk.selected", { count })}
        </p>
        <Button size="sm" loading={pending} onClick={() => onAction("close", { status: "CLOSED" })} aria-keyshortcuts="e" className="shrink-0">
          {t("bulk.close")}
        </Button>
        <Button size="sm" variant="secondary" loading={pending} onClick={() => onAction("reopen", { status: "OPEN" })} className="hidden sm:inline-flex">
          {t("bulk.reopen")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          aria-expanded={moreOpen}
          aria-controls={`${id}-more`}
          onClick={() => onMoreOpenChange(!moreOpen)}
          className="shrink-0 sm:hidden"
        >
          {t("bulk.more")}
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={`size-4 ${moreOpen ? "rotate-180" : ""}`}>
            <path fillRule="evenodd" d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z" clipRule="evenodd" />
          </svg>
        </Button>
        {/* Phones: an icon, named by its label; wider screens show the words. */}
        <Button size="sm" variant="ghost" onClick={onClear} aria-label={t("bulk.clear")} className="ms-auto shrink-0 px-2 sm:px-3">
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 sm:hidden">
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          </svg>
          <span className="hidden sm:inline">{t("bulk.clear")}</span>
        </Button>
      </div>
      <div id={`${id}-more`} className={`${moreOpen ? "flex" : "hidden"} flex-wrap items-center gap-x-4 gap-y-2 sm:flex`}>
        <Button size="sm" variant="secondary" loading={pending} onClick={() => onAction("reopen", { status: "OPEN" })} className="sm:hidden">
          {t("bulk.reopen")}
        </Button>
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
    <div className="flex max-w-full items-center gap-1.5">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {/* Its width, not its longest option's: a long area name ("Δοκιμαστική κατηγορία…") must not push the button off a phone's screen. */}
      <Select id={id} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value)} aria-keyshortcuts={shortcut} wrapperClassName="min-w-0!" className={`h-8 ${width} max-w-full text-sm`}>
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
