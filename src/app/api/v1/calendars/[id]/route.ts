// GET, PATCH and DELETE /api/v1/calendars/{id}: see src/server/api/calendar-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { deleteCalendarEndpoint, getCalendarEndpoint, updateCalendarEndpoint } from "@/server/api/calendar-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(getCalendarEndpoint);
export const PATCH = apiRoute(updateCalendarEndpoint);
export const DELETE = apiRoute(deleteCalendarEndpoint);
