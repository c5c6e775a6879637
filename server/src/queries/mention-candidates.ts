import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { memberships, stakeholders } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';

export interface MentionCandidate {
  stakeholder: Stakeholder;
  /** Users of the stakeholder in the caller's process: who a mention would reach. */
  participants: number;
}

/** How well a stakeholder's names match: 0 exact, 1 prefix, 2 a word's prefix, 3 inside a name, -1 not at all. */
export function mentionRank(s: Pick<Stakeholder, 'shortName' | 'name' | 'iso3'>, q: string): number {
  const names = [s.shortName, s.name].map((n) => n.toLocaleLowerCase());
  // A country code matches only from its start: "eu" is in DEU, yet nobody typing @EU means Germany.
  const code = (s.iso3 ?? '').toLocaleLowerCase();
  if (names.includes(q) || code === q) return 0;
  if (names.some((n) => n.startsWith(q)) || (code !== '' && code.startsWith(q))) return 1;
  if (names.some((n) => n.split(/[\s-]+/).some((word) => word.startsWith(q)))) return 2;
  if (names.some((n) => n.includes(q))) return 3;
  return -1;
}

/**
 * Stakeholders matching what follows an `@` as it is typed: exact names first, then prefixes, then words,
 * then anywhere, then by name. Only stakeholders a mention would reach (with participants in the process)
 * are offered, unless none of those match: then the others are.
 */
export function findMentionCandidates(db: Db, processId: string | null, query: string, limit = 10): MentionCandidate[] {
  const q = query.trim().toLocaleLowerCase();
  const counts = new Map(
    processId === null
      ? []
      : db
          .select({ stakeholderId: memberships.stakeholderId, n: count() })
          .from(memberships)
          .where(eq(memberships.processId, processId))
          .groupBy(memberships.stakeholderId)
          .all()
          .map((r) => [r.stakeholderId, r.n]),
  );
  const matches = db
    .select()
    .from(stakeholders)
    .all()
    .map((stakeholder) => ({ stakeholder, participants: counts.get(stakeholder.id) ?? 0, rank: q ? mentionRank(stakeholder, q) : 1 }))
    .filter((c) => c.rank >= 0);
  const reachable = matches.filter((c) => c.participants > 0);
  return (reachable.length > 0 ? reachable : matches)
    .sort((a, b) => a.rank - b.rank || a.stakeholder.name.localeCompare(b.stakeholder.name))
    .slice(0, limit)
    .map(({ stakeholder, participants }) => ({ stakeholder, participants }));
}
