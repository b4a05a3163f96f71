// GET /api/v1/calendars (list) and POST /api/v1/calendars (create): see src/server/api/calendar-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { createCalendarEndpoint, listCalendarsEndpoint } from "@/server/api/calendar-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(listCalendarsEndpoint);
export const POST = apiRoute(createCalendarEndpoint);
