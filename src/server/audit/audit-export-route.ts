// GET /<workspace>/settings/audit-log/export.csv?from&to&actor&action&target: the audit log as a
// CSV download, for the workspace's admins. Signed out: 401; not a member: 404 (no hint);
// a member who is not an admin: 403; a bad filter: 422 with the field.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import { requireMemberAction } from "@/server/auth/session";
import type { Ctx } from "@/server/context";
import { isAppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { TIME_ZONE_COOKIE } from "@/i18n/locale-cookie";
import { auditCsvStream } from "./audit-csv";

type Resolve = (slug: string) => Promise<Ctx>;

const FILTERS = ["from", "to", "actor", "action", "target"] as const;

export async function handleAuditExport(request: Request, slug: string, resolve: Resolve = requireMemberAction): Promise<Response> {
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  try {
    const ctx = await resolve(slug);
    const params = new URL(request.url).searchParams;
    const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined]));
    let timeZone = "UTC";
    let describe = (action: string) => action;
    try {
      timeZone = (await cookies()).get(TIME_ZONE_COOKIE)?.value ?? "UTC";
      const t = await getTranslations("settings.auditLog.actions");
      const known = new Set<string>(AUDIT_ACTIONS);
      describe = (action) => (known.has(action) ? t(action.replace(/\./g, "_") as never) : action);
    } catch {
      // Outside a request (tests): UTC and the actions' own names.
    }
    const body = await auditCsvStream(ctx, { filter, timeZone, describe });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="audit-log-${ctx.workspace.slug}-${day}.csv"`,
      },
    });
  } catch (e) {
    if (isAppError(e)) {
      return Response.json(
        { error: { code: e.code, message: e.code === "NOT_FOUND" ? "Not found" : e.message, ...(e.fields ? { fields: e.fields } : {}) } },
        { status: e.status, headers },
      );
    }
    const requestId = randomUUID();
    logger.error({ err: e, requestId }, "audit log export failed");
    return Response.json({ error: { code: "INTERNAL", message: "Something went wrong", requestId } }, { status: 500, headers });
  }
}
