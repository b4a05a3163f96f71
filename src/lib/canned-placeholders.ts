// Placeholders of canned replies: `{{customer.name}}` and friends, filled when an agent inserts
// the reply into a ticket. Safe in the browser: the settings form lists them and the reply box
// shows what stayed empty.

export const PLACEHOLDERS = ["customer.name", "ticket.number", "agent.name", "order.number"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);
// `{{ name }}` with optional spaces inside the braces; anything but braces as the name.
const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders in `body` that are not ones we fill, each once, in order of appearance. */
export function unknownPlaceholders(body: string): string[] {
  const unknown = new Set<string>();
  for (const m of body.matchAll(PATTERN)) if (!KNOWN.has(m[1]!)) unknown.add(m[1]!);
  return [...unknown];
}

/**
 * `body` with each known placeholder replaced by its value. A placeholder without a value (a
 * customer without a name, a ticket without an order number) becomes empty and is listed in
 * `missing`, so the agent can see what to fill in by hand.
 */
export function fillPlaceholders(body: string, values: Partial<Record<Placeholder, string | null>>): { text: string; missing: Placeholder[] } {
  const missing = new Set<Placeholder>();
  const text = body.replace(PATTERN, (whole, name: string) => {
    if (!KNOWN.has(name)) return whole;
    const value = values[name as Placeholder]?.trim();
    if (!value) {
      missing.add(name as Placeholder);
      return "";
    }
    return value;
  });
  return { text, missing: [...missing] };
}
