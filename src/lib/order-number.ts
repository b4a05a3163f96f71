// Order numbers as shops print them ("#1001", "ord-2026-ab12 ", "1001"): stored and searched in one
// form so that what a customer typed in the contact form and what an agent types in the search box
// meet. Trimmed, a leading "#" or "No." dropped, inner whitespace removed, upper case.

export const MAX_ORDER_NUMBER_LENGTH = 64;

const ORDER_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u;

/** The stored form of an order number, or null when `value` cannot be one. */
export function normalizeOrderNumber(value: string): string | null {
  const compact = value
    .trim()
    .replace(/^(?:#|№|(?:no|nr)\.|(?:no|nr)\s+(?=\p{N}))\s*/iu, "")
    .replace(/\s+/gu, "")
    .toUpperCase();
  if (compact.length === 0 || compact.length > MAX_ORDER_NUMBER_LENGTH || !ORDER_NUMBER.test(compact)) return null;
  return compact;
}
