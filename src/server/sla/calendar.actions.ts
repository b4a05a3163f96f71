"use server";
// Server actions of business calendars (the settings page, issue 17): thin wrappers over the use
// cases, which check the role; the page re-renders through revalidatePath.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { createCalendar } from "./create-calendar";
import { deleteCalendar } from "./delete-calendar";
import { importHolidays, type ImportedHolidays } from "./import-holidays";
import { updateCalendar } from "./update-calendar";
import { CalendarIdInput, CreateCalendarInput, ImportHolidaysInput, UpdateCalendarInput, type CalendarView } from "./calendar.schemas";

const create = agentAction(CreateCalendarInput, createCalendar);
const update = agentAction(UpdateCalendarInput, updateCalendar);
const remove = agentAction(CalendarIdInput, deleteCalendar);
const importFile = agentAction(ImportHolidaysInput, importHolidays);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}/settings/business-hours`);
  return result;
}

export async function createCalendarAction(slug: string, input: CreateCalendarInput): Promise<ActionResult<CalendarView>> {
  return revalidated(slug, await create(slug, input));
}

export async function updateCalendarAction(slug: string, input: UpdateCalendarInput): Promise<ActionResult<CalendarView>> {
  return revalidated(slug, await update(slug, input));
}

export async function deleteCalendarAction(slug: string, input: CalendarIdInput): Promise<ActionResult<{ id: string; newDefaultId: string | null }>> {
  return revalidated(slug, await remove(slug, input));
}

/** The file as the browser sends it (a Blob); its bytes for the schema, which checks the size. */
export async function importHolidaysAction(
  slug: string,
  input: { calendarId: string; file: Blob; from: number; to: number },
): Promise<ActionResult<ImportedHolidays>> {
  const file: unknown = input && typeof input === "object" ? input.file : undefined;
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : file;
  return revalidated(slug, await importFile(slug, { ...input, file: bytes as ImportHolidaysInput["file"] }));
}
