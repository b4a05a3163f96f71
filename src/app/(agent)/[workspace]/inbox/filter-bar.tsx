// Search and filters as one GET form: submitting it is navigating, so the URL keeps the state,
// the back button undoes a filter and any filtered list can be linked to.
import type { ReactNode } from "react";
import { isolate } from "@/lib/bidi";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { INBOX_SORTS, type InboxSearchParams } from "@/server/inbox/inbox.schemas";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { Button, buttonClasses } from "@/ui/button";
import { areaLabel } from "@/lib/area-label";
import { ALL_STATUSES, hasUrlFilters, urlFilters } from "./inbox-params";
import { FiltersDisclosure } from "./filters-disclosure";

const STATUSES = ["OPEN", "PENDING", "CLOSED"] as const;
const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const;
const CHANNELS = ["EMAIL", "FORM", "PORTAL", "PHONE", "CHAT", "API", "SOCIAL"] as const;

type Props = {
  action: string;
  params: InboxSearchParams;
  /** The statuses the list shows (the view's own unless the URL chose), to preselect. */
  statuses: readonly string[] | undefined;
  /** Likewise the assignee and area the list is narrowed to ("Unassigned" in the Unassigned view). */
  assignee: string | undefined;
  area: string | undefined;
  sort: string;
  assignees: { memberId: string; name: string }[];
  areas: { key: string; name: string }[];
  teams: { id: string; name: string }[];
  customerName: string | null;
  clearHref: string;
  removeCustomerHref: string;
};

export async function FilterBar({ action, params, statuses, assignee, area, sort, assignees, areas, teams, customerName, clearHref, removeCustomerHref }: Props) {
  const [t, tt, locale] = await Promise.all([getTranslations("inbox"), getTranslations("tickets"), getLocale()]);
  const selectClass = "h-9 text-sm";
  const active = hasUrlFilters(params) ? Object.values(urlFilters(params)).filter((v) => v !== undefined).length : 0;
  // Each field is as wide as its label and its longest option, and the row wraps: translations
  // differ in length too much for fixed columns ("Probleemivaldkond", "Ostatnia aktywność").
  const field = (id: string, label: string, control: ReactNode, basis = "") => (
    <div className={`flex flex-auto flex-col gap-1 ${basis}`}>
      <label htmlFor={id} className="text-xs font-medium text-gray-600">
        {label}
      </label>
      {control}
    </div>
  );

  return (
    <form action={action} method="get" className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-3">
      {params.view && <input type="hidden" name="view" value={params.view} />}
      <div role="search" className="flex flex-col gap-1">
        <div className="flex gap-2">
          <label htmlFor="inbox-search" className="sr-only">
            {t("search.label")}
          </label>
          <Input
            id="inbox-search"
            type="search"
            name="q"
            defaultValue={params.q ?? ""}
            placeholder={t("search.placeholder")}
            aria-describedby="inbox-search-hint"
            aria-keyshortcuts="/"
            maxLength={200}
            className="h-9"
          />
          <Button type="submit" size="sm" className="h-9">
            {t("search.submit")}
          </Button>
        </div>
        {/* What the search covers, as text that wraps: a placeholder this long is cut on phones. */}
        <p id="inbox-search-hint" className="text-xs text-gray-600">
          {t("search.hint")}
        </p>
      </div>
      <FiltersDisclosure label={t("filters.label")} active={active}>
        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="sr-only">{t("filters.label")}</legend>
          {field(
            "filter-status",
            t("filters.status"),
            <Select
              id="filter-status"
              name="status"
              defaultValue={statuses?.length === 1 ? statuses[0] : ALL_STATUSES}
              className={selectClass}
            >
              <option value={ALL_STATUSES}>{t("filters.allStatuses")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tt(`status.${s}`)}
                </option>
              ))}
            </Select>,
          )}
          {field(
            "filter-assignee",
            t("filters.assignee"),
            <Select id="filter-assignee" name="assignee" defaultValue={assignee ?? ""} className={selectClass}>
              <option value="">{t("filters.any")}</option>
              <option value="me">{t("filters.me")}</option>
              <option value="none">{t("filters.unassigned")}</option>
              {assignees.map((a) => (
                <option key={a.memberId} value={a.memberId}>
                  {isolate(a.name)}
                </option>
              ))}
            </Select>,
          )}
          {field(
            "filter-priority",
            t("filters.priority"),
            <Select id="filter-priority" name="priority" defaultValue={params.priority?.[0] ?? ""} className={selectClass}>
              <option value="">{t("filters.any")}</option>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {tt(`priority.${p}`)}
                </option>
              ))}
            </Select>,
          )}
          {field(
            "filter-area",
            t("filters.area"),
            <Select id="filter-area" name="area" defaultValue={area ?? ""} className={selectClass}>
              <option value="">{t("filters.any")}</option>
              {areas.map((a) => (
                <option key={a.key} value={a.key}>
                  {isolate(areaLabel(tt, a, locale))}
                </option>
              ))}
            </Select>,
          )}
          {teams.length > 0 &&
            field(
              "filter-team",
              t("filters.team"),
              <Select id="filter-team" name="team" defaultValue={params.team ?? ""} className={selectClass}>
                <option value="">{t("filters.any")}</option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {isolate(team.name)}
                  </option>
                ))}
              </Select>,
            )}
          {field(
            "filter-channel",
            t("filters.channel"),
            <Select id="filter-channel" name="channel" defaultValue={params.channel?.[0] ?? ""} className={selectClass}>
              <option value="">{t("filters.any")}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {tt(`channel.${c}`)}
                </option>
              ))}
            </Select>,
          )}
          {field(
            "filter-tag",
            t("filters.tag"),
            <Input id="filter-tag" name="tag" defaultValue={params.tag ?? ""} maxLength={60} className="h-9" />,
            "basis-28",
          )}
          {field(
            "filter-sort",
            t("sort.label"),
            <Select id="filter-sort" name="sort" defaultValue={sort} className={selectClass}>
              {INBOX_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </Select>,
          )}
          <div className="flex items-end gap-2">
            <Button type="submit" variant="secondary" size="sm" className="h-9">
              {t("filters.apply")}
            </Button>
            <Link href={clearHref} className={buttonClasses({ variant: "ghost", size: "sm" }) + " h-9"}>
              {t("filters.clear")}
            </Link>
          </div>
        </fieldset>
      </FiltersDisclosure>
      {params.customer && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
          <input type="hidden" name="customer" value={params.customer} />
          <span>{customerName ? t("filters.customerIs", { name: isolate(customerName) }) : t("filters.customerSet")}</span>
          <Link href={removeCustomerHref} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {t("filters.removeCustomer")}
          </Link>
        </p>
      )}
    </form>
  );
}
