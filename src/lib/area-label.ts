// The name of a problem area as a reader sees it. An admin's name in the reader's language wins;
// the query layer has already filled the languages without one from the workspace's default
// language (displayAreaNames), so next comes the catalog name of a built-in key, then the
// stored name.
import { DEFAULT_PROBLEM_AREAS } from "@/lib/problem-areas";
import type { AreaNames } from "@/lib/problem-area-names";

type T = (key: string) => string;

export type LabelledArea = { key: string; name: string; names?: AreaNames | null };

export function areaLabel(t: T, area: LabelledArea | null, locale: string): string {
  if (!area) return t("area.none");
  const own = area.names?.[locale as keyof AreaNames];
  if (own) return own;
  return (DEFAULT_PROBLEM_AREAS as readonly string[]).includes(area.key) ? t(`area.${area.key}`) : area.name;
}
