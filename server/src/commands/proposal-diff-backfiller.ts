import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { proposals } from '../db/schema.ts';
import { proposalDiff } from './proposal-diff.ts';

/**
 * Stores the word diff of proposals written before diffs were stored (their `diff` is null although they
 * have a wording). Runs at start, before any request; a no-op once every row has its diff.
 */
export function backfillProposalDiffs(db: Db): number {
  const missing = db
    .select({ id: proposals.id, kind: proposals.kind, baseText: proposals.baseText, text: proposals.text })
    .from(proposals)
    .where(and(isNull(proposals.diff), isNotNull(proposals.text), inArray(proposals.kind, ['amend', 'alternative'])))
    .all();
  db.transaction((tx) => {
    for (const row of missing)
      tx.update(proposals)
        .set({ diff: proposalDiff(row) })
        .where(eq(proposals.id, row.id))
        .run();
  });
  return missing.length;
}
