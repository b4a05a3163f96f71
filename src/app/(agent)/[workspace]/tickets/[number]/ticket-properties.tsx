"use client";
// Status, priority, assignee, team and problem area of the ticket, changed in place. Each change is
// checked against the version the page shows (kept fresh by live updates); if someone changed
// the ticket meanwhile, the page refreshes and says so. Each change's notice names the ticket and
// offers Undo (see undo-notice.tsx). Shortcuts: e closes the ticket, a focuses the assignee.
import { useId, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateTicketAction } from "@/server/tickets/ticket.actions";
import { Select } from "@/ui/select";
import { useShortcuts } from "../../shortcuts/use-shortcuts";
import { UndoNotice, useUndoNotice } from "../../undo-notice";

type Option = { value: string; label: string };
type Field = "status" | "priority" | "assignee" | "team" | "area";

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
  const tu = useTranslations("tickets.undo");
  const router = useRouter();
  const baseId = useId();
  const [pending, startTransition] = useTransition();
  const undo = useUndoNotice(props.slug);
  useShortcuts(
    {
      e: () => {
        if (props.values.status !== "CLOSED" && !pending) change("status", "CLOSED");
      },
      a: () => document.getElementById(`${baseId}-assignee`)?.focus(),
    },
    props.canEdit,
  );

  /** The notice's words for setting `field` to `value`, with the ticket named. */
  function describe(field: Field, value: string, tickets: string): string {
    const label = props.options[field].find((o) => o.value === value)?.label ?? value;
    if (field === "status") return value === "CLOSED" ? tu("done.close", { tickets }) : value === "OPEN" ? tu("done.reopen", { tickets }) : tu("done.status", { tickets, status: label });
    if (field === "priority") return tu("done.priority", { tickets, priority: label });
    if (field === "assignee") return value ? tu("done.assign", { tickets, name: label }) : tu("done.unassign", { tickets });
    if (field === "team") return value ? tu("done.team", { tickets, team: label }) : tu("done.clearTeam", { tickets });
    return value ? tu("done.area", { tickets, area: label }) : tu("done.clearArea", { tickets });
  }

  function change(field: Field, value: string) {
    const patch =
      field === "assignee" || field === "area" || field === "team" ? { [field]: value || null } : { [field]: value };
    startTransition(async () => {
      const result = await updateTicketAction(props.slug, { ticketNumber: props.ticketNumber, expectedVersion: props.version, ...patch });
      if (result.ok) {
        const updated = result.data.changed.length > 0 ? [result.data] : [];
        return undo.announce(updated, [props.ticketNumber], (tickets) => describe(field, value, tickets));
      }
      if (result.error.code === "CONFLICT") {
        undo.show("danger", t("stale.propertyChanged"));
        router.refresh();
      } else undo.show("danger", t("properties.failed"));
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {(["status", "priority", "assignee", "team", "area"] as const).map((field) => (
        // Label above its select: in the narrow side column, a label beside it ("Προτεραιότητα",
        // "Περιοχή προβλήματος") leaves the select too little room in some languages.
        <div key={field} className="flex flex-col gap-1 text-sm">
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
      <UndoNotice {...undo} className="outline-none" />
    </div>
  );
}
