// Who an internal note mentions: `@Full Name` (case-insensitive, the longest matching name wins)
// or `@email`. Pure, so the composer's highlighting and the server agree on what a mention is.
// An `@` right after a letter or digit is part of an email address in running text
// ("write to a@b.c"), never a mention of someone named "b".

export type MentionableMember = { id: string; name: string; email: string };

// A mention must end where the name ends: "@Ann" is not a mention inside "@Anna".
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
// An email address may continue with these after the member's address ("@ann@x.com.au").
const EMAIL_CHAR = /[\p{L}\p{N}._%+-]/u;

function fold(s: string): string {
  return s.normalize("NFC").toLocaleLowerCase("und");
}

/** Ids of the members `text` mentions, each once, in order of first mention. */
export function findMentions(text: string, members: readonly MentionableMember[]): string[] {
  const candidates = members
    .flatMap((m) => [
      { id: m.id, key: fold(m.name.trim()), email: false },
      { id: m.id, key: fold(m.email.trim()), email: true },
    ])
    .filter((c) => c.key.length > 0)
    // Longest first, so "@Anna Maria" picks Anna Maria over Anna.
    .sort((a, b) => b.key.length - a.key.length);
  const folded = fold(text);
  const found: string[] = [];
  for (let i = folded.indexOf("@"); i !== -1; i = folded.indexOf("@", i + 1)) {
    const before = i > 0 ? folded[i - 1]! : "";
    if (before && (LETTER_OR_DIGIT.test(before) || before === "." || before === "_")) continue;
    const rest = folded.slice(i + 1);
    const match = candidates.find((c) => {
      if (!rest.startsWith(c.key)) return false;
      const next = rest.slice(c.key.length, c.key.length + 1);
      if (!next) return true;
      // A trailing "." ends a sentence, not an address: "@ann@x.com." still mentions ann@x.com.
      if (c.email) return !EMAIL_CHAR.test(next) || (next === "." && !EMAIL_CHAR.test(rest.slice(c.key.length + 1, c.key.length + 2) || " "));
      return !LETTER_OR_DIGIT.test(next);
    });
    if (match && !found.includes(match.id)) found.push(match.id);
  }
  return found;
}
