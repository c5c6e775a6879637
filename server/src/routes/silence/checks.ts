import type { DocumentRow } from '../../db/types.ts';
import { conflict, forbidden } from '../../errors.ts';
import { finalTextMessage, silenceFreezeMessage } from '../../commands/final-text.ts';
import { runningSilence, textAdoption } from '../../queries/silence-reader.ts';
import { readRevisionOf } from '../../queries/revision-reader.ts';
import { isDelegation, mayStartSilence } from '../../policies/silence-policy.ts';
import type { DocumentAccess, Participant } from '../../policies/actors.ts';
import { settleDueSilences } from '../../silence-settlement.ts';
import type { Services } from '../../services.ts';
import { assertBriefNotSettled } from '../brief-stages/checks.ts';

/** The authorize steps of the silence routes, and the guard every change of a document's text passes. */

export function assertMayStartSilence(access: DocumentAccess): void {
  if (!mayStartSilence(access)) throw forbidden('Only the holders of the pen put a revision under silence.');
}

export function assertDelegation(participant: Participant, what: string): void {
  if (!isDelegation(participant)) throw forbidden(`Only delegations of member states and groups ${what}.`);
}

/**
 * An adopted text is final, and a text under silence is frozen until the deadline (the text adopted must be
 * the one put under silence): proposals, decisions, statuses and revisions are refused with 409. Settles a
 * procedure whose deadline just passed first (an endorsed or published brief is as final), so the answer follows the clock, not the last check.
 */
export function assertTextNotFinal(services: Pick<Services, 'db' | 'events' | 'rooms' | 'clock'>, doc: DocumentRow): void {
  assertBriefNotSettled(doc);
  settleDueSilences(services, doc.id);
  const adoption = textAdoption(services.db, doc.id);
  if (adoption) throw conflict(finalTextMessage(adoption));
  const silence = runningSilence(services.db, doc.id);
  if (silence) throw conflict(silenceFreezeMessage(readRevisionOf(services.db, doc.id, silence.revisionId)?.name ?? 'The text', silence));
}
