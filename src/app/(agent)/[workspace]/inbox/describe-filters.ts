// The filters the agent set in the URL, in words ("Priority: Urgent, High"), for the empty state
// of a filtered list: an empty list under a filter says so instead of "new tickets appear here".
import type { getTranslations } from "next-intl/server";
import type { InboxSearchParams } from "@/server/inbox/inbox.schemas";
import { urlFilters } from "./inbox-params";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

type Names = {
  t: Translator;
  tt: Translator;
  assigneeName: (memberId: string) => string | null;
  areaName: (key: string) => string;
  teamName: (id: string) => string | null;
  /** The filtered customer's name, when one of the listed tickets shows it. */
  customerName: string | null;
};

export function describeUrlFilters(params: InboxSearchParams, { t, tt, assigneeName, areaName, teamName, customerName }: Names): string[] {
  const f = urlFilters(params);
  const out: string[] = [];
  const add = (label: string, values: string[]) => out.push(`${label}: ${values.join(", ")}`);
  if (f.status) add(t("filters.status"), f.status.map((s) => tt(`status.${s}`)));
  if (f.assignee) {
    const who = f.assignee === "me" ? t("filters.me") : f.assignee === "none" ? t("filters.unassigned") : (assigneeName(f.assignee) ?? f.assignee);
    add(t("filters.assignee"), [who]);
  }
  if (f.priority) add(t("filters.priority"), f.priority.map((p) => tt(`priority.${p}`)));
  if (f.area) add(t("filters.area"), [areaName(f.area)]);
  if (f.team) add(t("filters.team"), [teamName(f.team) ?? t("filters.unknownTeam")]);
  if (f.tag) add(t("filters.tag"), [f.tag]);
  if (f.channel) add(t("filters.channel"), f.channel.map((c) => tt(`channel.${c}`)));
  if (f.customer) out.push(customerName ? t("filters.customerIs", { name: customerName }) : t("filters.customerSet"));
  return out;
}
