// Joins class names conditionally: cn("a", cond && "b", { c: flag }).
// No tailwind-merge: components avoid conflicting defaults so a caller's className simply adds.
import { clsx, type ClassValue } from "clsx";

export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
