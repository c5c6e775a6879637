import { isBriefStage, stageLabel } from '@plenary/shared/domain/index';
import { PROPOSALS_OPEN_STAGE, stageTakesProposals } from '@plenary/shared/permissions/index';
import type { DocumentRow } from '../../db/types.ts';
import { conflict } from '../../errors.ts';

/** The stages after which a brief is the process's record: nothing in it changes any more. */
const SETTLED_STAGES = new Set(['endorsed', 'published']);

/** An endorsed or published brief is read-only, its text and its proposals alike: refused with 409. */
export function assertBriefNotSettled(doc: DocumentRow): void {
  if (doc.kind === 'brief' && SETTLED_STAGES.has(doc.status)) {
    throw conflict(`This brief is ${stageLabel(doc.status).toLocaleLowerCase()}: its text and its proposals are read-only.`);
  }
}

/** Agencies table proposals on a brief only while it is circulated for comments: refused with 409 otherwise. */
export function assertBriefTakesProposals(doc: DocumentRow): void {
  if (doc.kind === 'brief' && isBriefStage(doc.status) && !stageTakesProposals(doc.status)) {
    throw conflict(
      `Proposals on a brief are tabled while it is ${stageLabel(PROPOSALS_OPEN_STAGE).toLocaleLowerCase()}; it is ${stageLabel(doc.status).toLocaleLowerCase()}.`,
    );
  }
}
