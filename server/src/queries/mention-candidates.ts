import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { memberships, stakeholders } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';

export interface MentionCandidate {
  stakeholder: Stakeholder;
  /** Users of the stakeholder in the caller's process: who a mention would reach. */
  participants: number;
}

function rank(s: Stakeholder, q: string): number {
  const names = [s.shortName, s.name, s.iso3 ?? ''].map((n) => n.toLocaleLowerCase());
  if (names.some((n) => n === q)) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  if (names.some((n) => n.split(/[\s-]+/).some((word) => word.startsWith(q)))) return 2;
  if (names.some((n) => n.includes(q))) return 3;
  return -1;
}

/**
 * Stakeholders matching what follows an `@` as it is typed: exact names first, then prefixes, then words,
 * then anywhere; stakeholders with participants in the process before those without, then by name.
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
  return db
    .select()
    .from(stakeholders)
    .all()
    .map((stakeholder) => ({ stakeholder, participants: counts.get(stakeholder.id) ?? 0, rank: q ? rank(stakeholder, q) : 1 }))
    .filter((c) => c.rank >= 0)
    .sort((a, b) => a.rank - b.rank || Number(b.participants > 0) - Number(a.participants > 0) || a.stakeholder.name.localeCompare(b.stakeholder.name))
    .slice(0, limit)
    .map(({ stakeholder, participants }) => ({ stakeholder, participants }));
}
