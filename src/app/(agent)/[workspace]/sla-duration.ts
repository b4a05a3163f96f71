// "2 hr, 5 min" in the user's language: durationParts (src/lib/duration-parts.ts) formatted with
// Intl's unit formatting and joined as units are. No directive: the SLA card (server) and the
// deadline badges (client: inbox rows, the card's clocks) use it, each with its own formatter.
import type { useFormatter } from "next-intl";
import { durationParts } from "@/lib/duration-parts";

type Formatter = Pick<ReturnType<typeof useFormatter>, "number" | "list">;

/** `parts`: at most this many units ("2 hr" with 1, "2 hr, 5 min" with 2). */
export function formatDuration(format: Formatter, ms: number, parts = 2): string {
  const units = durationParts(ms).slice(0, parts).map(({ value, unit }) => format.number(value, { style: "unit", unit, unitDisplay: "short" }));
  return format.list(units, { type: "unit", style: "short" });
}

/** Dates on the SLA card: the weekday helps with deadlines a few days out ("Mon, 7 Dec, 10:30"). */
export const SLA_TIME_FORMAT = { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" } as const;
