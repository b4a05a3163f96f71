// Liveness and readiness in one: 200 when this web process and its database answer.
import { checkHealth } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  // The reason stays in the server log: this route is public.
  return health.ok
    ? Response.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } })
    : Response.json({ status: "error" }, { status: 503, headers: { "cache-control": "no-store" } });
}
