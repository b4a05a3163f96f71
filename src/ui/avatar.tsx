import { cn } from "@/lib/cn";

export type AvatarSize = "sm" | "md" | "lg";

export type AvatarProps = {
  name: string;
  size?: AvatarSize;
  /** Hide from assistive technology when the name is written next to it anyway. */
  decorative?: boolean;
  className?: string;
};

const sizes: Record<AvatarSize, string> = {
  sm: "size-6 text-[0.625rem]",
  md: "size-8 text-xs",
  lg: "size-10 text-sm",
};

// Full class names, so Tailwind generates them.
const palette = [
  "bg-brand-100 text-brand-800",
  "bg-success-50 text-success-800",
  "bg-note-100 text-note-800",
  "bg-danger-50 text-danger-800",
  "bg-sky-100 text-sky-800",
  "bg-violet-100 text-violet-800",
  "bg-teal-100 text-teal-800",
  "bg-gray-200 text-gray-800",
];

function firstGrapheme(word: string): string {
  const segments = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(word);
  for (const { segment } of segments) return segment;
  return "";
}

/** Up to two letters: the first of the first and of the last word ("Μαρία Παπαδοπούλου" -> "ΜΠ"). */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s@._-]+/u)
    .filter((w) => /\p{L}|\p{N}/u.test(w));
  const first = words[0];
  if (!first) return "?";
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return (firstGrapheme(first) + (last ? firstGrapheme(last) : "")).toLocaleUpperCase();
}

function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return palette[hash % palette.length] ?? palette[0]!;
}

export function Avatar({ name, size = "md", decorative = false, className }: AvatarProps) {
  return (
    <span
      role={decorative ? undefined : "img"}
      aria-label={decorative ? undefined : name}
      aria-hidden={decorative || undefined}
      title={decorative ? undefined : name}
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded-full font-semibold select-none",
        sizes[size],
        colourFor(name),
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
