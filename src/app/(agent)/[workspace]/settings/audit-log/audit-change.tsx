// One event's change: each field that changed, its value before and after. Secrets appear only as
// the markers the log keeps for them, translated here.
import { getTranslations } from "next-intl/server";
import { NEW_SECRET_MARKER, SECRET_MARKER } from "@/lib/audit-actions";

type Json = unknown;

export async function AuditChange({ before, after }: { before: Json; after: Json }) {
  const t = await getTranslations("settings.auditLog");
  const b = (before && typeof before === "object" ? before : {}) as Record<string, Json>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, Json>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  if (fields.length === 0) return <span className="text-gray-500">—</span>;
  const show = (v: Json) => {
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return <span className="text-gray-500">{t("none")}</span>;
    if (v === SECRET_MARKER) return <em>{t("secret")}</em>;
    if (v === NEW_SECRET_MARKER) return <em>{t("newSecret")}</em>;
    if (typeof v === "boolean") return t(v ? "yes" : "no");
    if (typeof v === "string" || typeof v === "number") return <bdi>{String(v)}</bdi>;
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return <bdi>{v.join(", ")}</bdi>;
    return <code className="text-xs [overflow-wrap:anywhere]">{JSON.stringify(v)}</code>;
  };
  const isCreation = before === null;
  const isDeletion = after === null;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
      {fields.map((f) => (
        <div key={f} className="contents">
          <dt className="font-mono text-xs text-gray-600" dir="ltr">
            {f}
          </dt>
          <dd className="[overflow-wrap:anywhere]">
            {isCreation ? (
              show(a[f])
            ) : isDeletion ? (
              show(b[f])
            ) : (
              <>
                {show(b[f])} <span aria-hidden="true" className="inline-block rtl:rotate-180">→</span>
                <span className="sr-only">{t("changedTo")}</span> {show(a[f])}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
