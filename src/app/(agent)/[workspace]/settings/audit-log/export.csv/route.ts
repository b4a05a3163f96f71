// The audit log as CSV, for admins: see src/server/audit/audit-export-route.ts.
import { handleAuditExport } from "@/server/audit/audit-export-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }): Promise<Response> {
  const { workspace } = await params;
  return handleAuditExport(request, workspace);
}
