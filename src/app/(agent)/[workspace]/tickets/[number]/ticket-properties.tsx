"use client";
// Status, priority, assignee and problem area of the ticket, changed in place. Each change is
// checked against the version the page shows (kept fresh by live updates); if someone changed
// the ticket meanwhile, the page refreshes and says so. Shortcuts: e closes the ticket, a focuses
// the assignee.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateTicketAction } from "@/server/tickets/ticket.actions";
import { Select } from "@/ui/select";
import { useShortcuts } from "../../shortcuts/use-shortcuts";

type Option = { value: string; label: string };
type Field = "status" | "priority" | "assignee" | "area";

export function TicketProperties(props: {
  slug: string;
  ticketNumber: number;
  version: number;
  canEdit: boolean;
  values: Record<Field, string>;
  options: Record<Field, Option[]>;
  labels: Record<Field, string>;
}) {
  const t = useTranslations("tickets.ticket");
  const router = useRouter();
  const baseId = useId();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  useShortcuts(
    {
      e: () => {
        if (props.values.status !== "CLOSED" && !pending) change("status", "CLOSED");
      },
      a: () => document.getElementById(`${baseId}-assignee`)?.focus(),
    },
    props.canEdit,
  );

  function change(field: Field, value: string) {
    const patch =
      field === "assignee" ? { assignee: value || null } : field === "area" ? { area: value || null } : { [field]: value };
    startTransition(async () => {
      const result = await updateTicketAction(props.slug, { ticketNumber: props.ticketNumber, expectedVersion: props.version, ...patch });
      if (result.ok) return setMessage({ tone: "ok", text: t("properties.saved") });
      if (result.error.code === "CONFLICT") {
        setMessage({ tone: "error", text: t("stale.propertyChanged") });
        router.refresh();
      } else setMessage({ tone: "error", text: t("properties.failed") });
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {(["status", "priority", "assignee", "area"] as const).map((field) => (
        <div key={field} className="grid grid-cols-[6rem_minmax(0,1fr)] items-center gap-2 text-sm">
          <label htmlFor={`${baseId}-${field}`} className="text-gray-500">
            {props.labels[field]}
          </label>
          <Select
            id={`${baseId}-${field}`}
            value={props.values[field]}
            disabled={!props.canEdit || pending}
            onChange={(e) => change(field, e.target.value)}
          >
            {props.options[field].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
      ))}
      <p role={message?.tone === "error" ? "alert" : "status"} className={message?.tone === "error" ? "text-sm text-danger-700" : "text-sm text-success-800"}>
        {message?.text}
      </p>
    </div>
  );
}
