// "2 hr, 5 min" in the user's language: durationParts (src/lib/duration-parts.ts) formatted with
// Intl's unit formatting and joined as units are. No directive: the SLA card (server) and its
// countdown (client) both use it, each with its own next-intl formatter.
import type { useFormatter } from "next-intl";
import { durationParts } from "@/lib/duration-parts";

type Formatter = Pick<ReturnType<typeof useFormatter>, "number" | "list">;

export function formatDuration(format: Formatter, ms: number): string {
  const parts = durationParts(ms).map(({ value, unit }) => format.number(value, { style: "unit", unit, unitDisplay: "short" }));
  return format.list(parts, { type: "unit", style: "short" });
}

/** Dates on the SLA card: the weekday helps with deadlines a few days out ("Mon, 7 Dec, 10:30"). */
export const SLA_TIME_FORMAT = { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" } as const;
