// Business calendars over the REST API (admin tokens only; an agent token gets 403): list, get,
// create, change, delete. Thin: the use cases (src/server/sla/) check the role, scope to the
// token's workspace and keep exactly one default calendar.
import { z } from "zod";
import { createCalendar } from "@/server/sla/create-calendar";
import { deleteCalendar } from "@/server/sla/delete-calendar";
import { getCalendar, listCalendars } from "@/server/sla/calendar.queries";
import { CalendarView, CreateCalendarInput, UpdateCalendarBody } from "@/server/sla/calendar.schemas";
import { updateCalendar } from "@/server/sla/update-calendar";
import { defineEndpoint } from "./route";

const CalendarParams = z.object({ id: z.uuid() });

export const listCalendarsEndpoint = defineEndpoint({
  method: "GET",
  path: "/calendars",
  operationId: "listCalendars",
  summary: "List the workspace's business calendars, the default first (admin token)",
  tag: "Business hours",
  auth: true,
  response: z.object({ data: z.array(CalendarView) }),
  errors: [403],
  handler: async ({ ctx }) => ({ data: { data: await listCalendars(ctx) } }),
});

export const createCalendarEndpoint = defineEndpoint({
  method: "POST",
  path: "/calendars",
  operationId: "createCalendar",
  summary: "Add a business calendar: time zone, opening hours per weekday (an end before the start runs past midnight), holidays; the first is the default (admin token)",
  tag: "Business hours",
  auth: true,
  body: CreateCalendarInput,
  response: CalendarView,
  status: 201,
  errors: [400, 403, 422],
  handler: async ({ ctx, body }) => {
    const created = await createCalendar(ctx, body);
    return { data: created, headers: { Location: `/api/v1/calendars/${created.id}` } };
  },
});

export const getCalendarEndpoint = defineEndpoint({
  method: "GET",
  path: "/calendars/{id}",
  operationId: "getCalendar",
  summary: "Get a business calendar (admin token)",
  tag: "Business hours",
  auth: true,
  params: CalendarParams,
  response: CalendarView,
  errors: [403, 404],
  handler: async ({ ctx, params }) => ({ data: await getCalendar(ctx, { calendarId: params.id }) }),
});

export const updateCalendarEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/calendars/{id}",
  operationId: "updateCalendar",
  summary: "Change a business calendar; `hours` and `holidays` replace the stored ones when sent; `default: true` makes it the default (admin token)",
  tag: "Business hours",
  auth: true,
  params: CalendarParams,
  body: UpdateCalendarBody,
  response: CalendarView,
  errors: [400, 403, 404, 422],
  handler: async ({ ctx, params, body }) => ({ data: await updateCalendar(ctx, { ...body, calendarId: params.id }) }),
});

export const deleteCalendarEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/calendars/{id}",
  operationId: "deleteCalendar",
  summary: "Delete a business calendar. When it was the default, the oldest other calendar becomes it (admin token)",
  tag: "Business hours",
  auth: true,
  params: CalendarParams,
  response: z.object({ id: z.uuid(), deleted: z.literal(true), newDefaultId: z.uuid().nullable() }),
  errors: [403, 404],
  handler: async ({ ctx, params }) => {
    const { id, newDefaultId } = await deleteCalendar(ctx, { calendarId: params.id });
    return { data: { id, deleted: true as const, newDefaultId } };
  },
});
