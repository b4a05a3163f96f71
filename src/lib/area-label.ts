import { DEFAULT_PROBLEM_AREAS } from "@/lib/problem-areas";

type T = (key: string) => string;

/** Built-in areas are translated; areas an admin created show their own name. */
export function areaLabel(t: T, area: { key: string; name: string } | null): string {
  if (!area) return t("area.none");
  return (DEFAULT_PROBLEM_AREAS as readonly string[]).includes(area.key) ? t(`area.${area.key}`) : area.name;
}
