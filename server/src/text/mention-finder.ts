export interface MentionableStakeholder {
  id: string;
  name: string;
  shortName: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function spellings(s: MentionableStakeholder): string[] {
  return [...new Set([s.shortName, s.name].map((n) => n.toLocaleLowerCase()))];
}

/**
 * The stakeholders a message mentions: `@[Full or short name]`, or `@ShortName` written inline (the longest
 * name that follows the `@` and ends at a word boundary wins, so "@G77 and China" is not read as "@G77").
 * An `@` inside a word (an e-mail address) is not a mention. Case does not matter.
 */
export function findMentions(body: string, stakeholders: readonly MentionableStakeholder[]): string[] {
  const found = new Set<string>();
  const lower = body.toLocaleLowerCase();
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    if (at > 0 && WORD_CHAR.test(lower.charAt(at - 1))) continue;
    const rest = lower.slice(at + 1);
    const bracketed = /^\[([^\]\n]{1,200})\]/.exec(rest);
    if (bracketed) {
      const wanted = (bracketed[1] ?? '').trim();
      const match = stakeholders.find((s) => spellings(s).includes(wanted));
      if (match) found.add(match.id);
      continue;
    }
    let best: { id: string; length: number } | null = null;
    for (const s of stakeholders) {
      for (const spelling of spellings(s)) {
        if (!rest.startsWith(spelling) || (best && best.length >= spelling.length)) continue;
        const next = rest[spelling.length];
        if (next !== undefined && WORD_CHAR.test(next)) continue;
        best = { id: s.id, length: spelling.length };
      }
    }
    if (best) found.add(best.id);
  }
  return [...found];
}

/** Mentions a new version of a message adds to the old one (only those notify again after an edit). */
export function addedMentions(before: string, after: string, stakeholders: readonly MentionableStakeholder[]): string[] {
  const old = new Set(findMentions(before, stakeholders));
  return findMentions(after, stakeholders).filter((id) => !old.has(id));
}
