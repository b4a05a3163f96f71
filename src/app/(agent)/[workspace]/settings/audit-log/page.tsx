import type { Metadata } from "next";
import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "@/lib/audit-actions";
import { listAuditActors, listAuditEvents } from "@/server/audit/audit.queries";
import { AuditLogFilterInput } from "@/server/audit/audit.schemas";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { isAppError } from "@/server/errors";
import { fieldIssues } from "@/server/validate";
import { buttonClasses } from "@/ui/button";
import { Card, CardBody } from "@/ui/card";
import { DateTime } from "@/ui/date-time";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { PageHeader } from "@/ui/page-header";
import { Select } from "@/ui/select";
import { AdminOnly } from "../admin-only";
import { AuditChange } from "./audit-change";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ["from", "to", "actor", "action", "target"] as const;
type FilterName = (typeof FILTERS)[number];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.auditLog");
  return { title: t("metaTitle") };
}

/** `workspace.logo.updated` -> `workspace_logo_updated`: catalog keys cannot hold dots. */
const key = (name: string) => name.replace(/\./g, "_");

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const query = await searchParams;
  const one = (name: string) => {
    const v = query[name];
    return typeof v === "string" ? v : undefined;
  };
  const raw = Object.fromEntries(FILTERS.map((name) => [name, one(name) ?? ""])) as Record<FilterName, string>;
  const parsed = AuditLogFilterInput.safeParse(raw);
  const errors = parsed.success ? {} : fieldIssues(parsed.error);
  const cursor = one("cursor");

  const [t, timeZone] = await Promise.all([getTranslations("settings.auditLog"), getTimeZone()]);
  const [page, actors] = await Promise.all([
    // A cursor that is not one of ours (an edited link) is the only error shown as such.
    parsed.success
      ? listAuditEvents(ctx, { filter: parsed.data, cursor, timeZone }).catch((e: unknown) => {
          if (isAppError(e) && e.code === "VALIDATION") return null;
          throw e;
        })
      : Promise.resolve(null),
    listAuditActors(ctx),
  ]);

  const base = `/${ctx.workspace.slug}/settings/audit-log`;
  const filterQuery = new URLSearchParams(Object.entries(raw).filter(([, v]) => v !== ""));
  const withQuery = (path: string, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams(filterQuery);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  const errorOf = (name: FilterName) => {
    const issue = errors[name];
    if (!issue) return undefined;
    return t.has(`errors.${issue.code}`) ? t(`errors.${issue.code}` as never) : t("errors.invalid");
  };
  const actionName = (action: string) => (t.has(`actions.${key(action)}`) ? t(`actions.${key(action)}` as never) : action);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          parsed.success ? (
            <a href={withQuery(`${base}/export.csv`)} className={buttonClasses({ variant: "secondary", size: "sm" })} download>
              {t("export")}
            </a>
          ) : null
        }
      />
      <Card>
        <CardBody>
          <form method="get" action={base} aria-label={t("filters.label")} className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <Field label={t("filters.from")} error={errorOf("from")}>
              {(control) => <Input {...control} type="date" name="from" defaultValue={raw.from} />}
            </Field>
            <Field label={t("filters.to")} error={errorOf("to")}>
              {(control) => <Input {...control} type="date" name="to" defaultValue={raw.to} />}
            </Field>
            <Field label={t("filters.actor")} error={errorOf("actor")}>
              {(control) => (
                <Select {...control} name="actor" defaultValue={raw.actor}>
                  <option value="">{t("filters.anyActor")}</option>
                  {actors.map((a) => (
                    <option key={a.value} value={a.value}>
                      {a.type === "SYSTEM" ? t("system") : a.type === "API" ? t("apiActor", { name: a.name }) : a.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t("filters.action")} error={errorOf("action")}>
              {(control) => (
                <Select {...control} name="action" defaultValue={raw.action}>
                  <option value="">{t("filters.anyAction")}</option>
                  <optgroup label={t("filters.actionGroups")}>
                    {AUDIT_ACTION_PREFIXES.map((p) => (
                      <option key={p} value={p}>
                        {t(`groups.${key(p)}` as never)}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t("filters.actions")}>
                    {AUDIT_ACTIONS.map((a) => (
                      <option key={a} value={a}>
                        {actionName(a)}
                      </option>
                    ))}
                  </optgroup>
                </Select>
              )}
            </Field>
            <Field label={t("filters.target")} error={errorOf("target")}>
              {(control) => (
                <Select {...control} name="target" defaultValue={raw.target}>
                  <option value="">{t("filters.anyTarget")}</option>
                  {AUDIT_TARGET_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`targets.${type}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <div className="flex flex-wrap items-end gap-2">
              <button type="submit" className={buttonClasses({ variant: "primary", size: "md" })}>
                {t("filters.apply")}
              </button>
              <Link href={base} className={buttonClasses({ variant: "ghost", size: "md" })}>
                {t("filters.clear")}
              </Link>
            </div>
          </form>
        </CardBody>
      </Card>

      {!parsed.success ? (
        <p role="alert" className="text-sm text-danger-700">
          {t("fixFilters")}
        </p>
      ) : !page ? (
        <p role="alert" className="text-sm text-danger-700">
          {t("badCursor")}{" "}
          <Link href={withQuery(base)} className="underline">
            {t("newest")}
          </Link>
        </p>
      ) : page.events.length === 0 ? (
        <Card>
          <CardBody>
            <p className="text-sm text-gray-600">{t("empty")}</p>
          </CardBody>
        </Card>
      ) : (
        <Card>
          {/* relative: the cells' screen-reader-only text (absolutely placed) scrolls with the table instead of widening the page. */}
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[52rem] text-start text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="bg-gray-50 text-xs font-semibold uppercase tracking-wide text-gray-600">
                <tr>
                  {(["when", "who", "what", "target", "change", "ip"] as const).map((c) => (
                    <th key={c} scope="col" className="px-4 py-2 text-start">
                      {t(`columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100 align-top">
                {page.events.map((e) => (
                  <tr key={e.id} data-testid="audit-event">
                    <td className="px-4 py-3 whitespace-nowrap text-gray-700">
                      <DateTime value={e.createdAt} dateStyle="medium" timeStyle="medium" />
                    </td>
                    <td className="px-4 py-3">
                      <bdi className="font-medium text-gray-900">{e.actorType === "SYSTEM" ? t("system") : e.actorName}</bdi>
                      {e.actorType === "API" && <span className="block text-xs text-gray-600">{t("viaToken")}</span>}
                    </td>
                    <td className="px-4 py-3 text-gray-900">{actionName(e.action)}</td>
                    <td className="min-w-40 px-4 py-3">
                      <span className="block text-xs text-gray-600">{t.has(`targets.${e.targetType}`) ? t(`targets.${e.targetType}` as never) : e.targetType}</span>
                      {e.targetLabel && <bdi className="[overflow-wrap:anywhere]">{e.targetLabel}</bdi>}
                    </td>
                    <td className="min-w-64 px-4 py-3">
                      <AuditChange before={e.before} after={e.after} />
                    </td>
                    <td className="px-4 py-3 font-mono text-xs whitespace-nowrap text-gray-700" dir="ltr">
                      {e.ip ?? <span className="font-sans text-gray-500">{t("noIp")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      {page && (cursor || page.nextCursor) && (
        <nav aria-label={t("pages")} className="flex flex-wrap gap-2">
          {cursor && (
            <Link href={withQuery(base)} className={buttonClasses({ variant: "secondary", size: "sm" })}>
              {t("newest")}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={withQuery(base, { cursor: page.nextCursor })} className={buttonClasses({ variant: "secondary", size: "sm" })}>
              {t("older")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
