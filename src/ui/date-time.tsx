// A date and/or time in the user's language and time zone (from next-intl's request config).
// Works in server and client components.
import { useFormatter } from "next-intl";

type Style = "full" | "long" | "medium" | "short";

export type DateTimeProps = {
  value: Date | string | number;
  dateStyle?: Style | false;
  timeStyle?: Style | false;
  className?: string;
};

export function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

export function DateTime({ value, dateStyle = "medium", timeStyle = "short", className }: DateTimeProps) {
  const format = useFormatter();
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <time dateTime={date.toISOString()} className={className}>
      {format.dateTime(date, {
        ...(dateStyle ? { dateStyle } : {}),
        ...(timeStyle ? { timeStyle } : {}),
      })}
    </time>
  );
}
