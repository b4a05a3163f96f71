// The ticket number in a subject, `[#123]`: the third way a reply finds its ticket (after our
// Message-ID and the reply token). The pipeline trusts it only when the sender is the ticket's
// customer or one of its Cc, so a stranger cannot attach mail to someone else's ticket.

const NUMBER = /\[#\s*(\d{1,9})\s*\]/g;

// Reply and forward prefixes of common clients in many languages, the product's five among them:
// Re/Fwd/Fw (en), AW/WG (de), Odp/PD/Fwd (pl), ΑΠ/ΣΧΕΤ/ΠΡΘ (el), رد/إعادة توجيه/توجيه (ar),
// Vs/Edasi (et, fi), SV/VS (nordic), TR (fr), RV (es), Antw (nl), with counters such as "Re[2]:".
const PREFIX =
  /^\s*(?:re|fwd?|aw|wg|odp|pd|απ|σχετ|πρθ|رد|إعادة توجيه|توجيه|vs|vl|edasi|sv|tr|rv|antw|enc|res|ynt|ilt)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/iu;

/** The ticket number of the last `[#n]` in the subject (ours is appended at the end), or null. */
export function subjectTicketNumber(subject: string): number | null {
  const matches = [...subject.matchAll(NUMBER)];
  const last = matches.at(-1);
  if (!last) return null;
  const n = Number(last[1]);
  return n > 0 ? n : null;
}

/** The subject without leading reply/forward prefixes ("Re: Fwd: AW: x" -> "x"). */
export function stripReplyPrefixes(subject: string): string {
  let out = subject;
  for (let i = 0; i < 20; i++) {
    const next = out.replace(PREFIX, "");
    if (next === out) break;
    out = next;
  }
  return out.trim();
}

/** The subject with `[#n]` at the end, added once: a subject that already carries it is kept. */
export function subjectWithNumber(subject: string, number: number): string {
  const tag = `[#${number}]`;
  const trimmed = subject.trim();
  if ([...trimmed.matchAll(NUMBER)].some((m) => Number(m[1]) === number)) return trimmed;
  return trimmed ? `${trimmed} ${tag}` : tag;
}
