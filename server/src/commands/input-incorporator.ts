import { eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import { BRIEF_PARAGRAPH, newPidAvoiding } from '@plenary/shared/schema/index';
import { technicalInputs } from '../db/schema.ts';
import type { NotificationRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { InputAccess } from '../queries/input-access.ts';
import { changeTextInTransaction, LockedParagraphError } from '../sync/text-change.ts';
import { readParagraphs } from '../queries/paragraph-reader.ts';
import { numberingBaseline } from '../queries/numbering-baseline.ts';
import {
  insertionIndexAfter,
  insertParagraphAfter,
  insertParagraphInSection,
  MissingParagraphError,
  writeParagraphText,
} from '../text/paragraph-text-writer.ts';
import { conflict } from '../errors.ts';
import { audit } from './audit.ts';
import { createNotifications } from './notification-creator.ts';
import { decisionNotices } from './input-notices.ts';
import { blockLabels, isHeadingBlock } from '../text/block-labels.ts';

/**
 * Incorporates an input into the brief, in the same SQLite transaction as its decision, its audit row and the
 * agency's notifications; the Yjs change runs last, under a client id that carries the input, so the words it
 * brings in are the contributing agency's. `after`: a new paragraph after the target (at the end of a section
 * for a heading); `against`: the paragraph rewritten. `editedText`: the co-lead's revised wording enters instead.
 */
export function incorporateInput(
  services: Pick<Services, 'db' | 'rooms' | 'store'>,
  access: InputAccess,
  editedText: string | undefined,
): NotificationRow[] {
  const { input, participant, doc } = access;
  const paragraphs = readParagraphs(services, doc.id);
  const target = paragraphs.find((p) => p.pid === input.pid);
  const label = blockLabels(paragraphs).get(input.pid) ?? null;
  if (!target) throw conflict('The paragraph or section this input applies to is no longer in the brief: it cannot be incorporated.');
  const text = editedText ?? input.text;
  // Sending the input's own words back is no edit.
  const status = text === input.text ? 'incorporated' : 'incorporated-with-edit';
  const resultPid = input.placement === 'after' ? newPidAvoiding(new Set(paragraphs.map((p) => p.pid))) : input.pid;
  const apply = planIncorporation(services, access, isHeadingBlock(target.type), text, resultPid);
  const now = new Date().toISOString();

  return changeTextInTransaction(services, (tx, editor) => {
    tx.update(technicalInputs)
      .set({
        status,
        incorporatedText: text,
        resultPid,
        decidedByUserId: participant.user.id,
        decidedByStakeholderId: participant.stakeholder.id,
        decidedAt: now,
        updatedAt: now,
      })
      .where(eq(technicalInputs.id, input.id))
      .run();
    audit(tx, {
      participant,
      action: 'input.incorporate',
      documentId: doc.id,
      target: input.id,
      details: {
        forStakeholderId: input.stakeholderId,
        pid: input.pid,
        placement: input.placement,
        resultPid,
        edited: status !== 'incorporated',
      },
    });
    const outcome = status === 'incorporated' ? 'incorporated' : 'incorporated with an edit';
    const notifications = createNotifications(tx, decisionNotices(tx, access, input, outcome, label, null));
    const writer = {
      userId: participant.user.id,
      stakeholderId: participant.stakeholder.id,
      role: participant.membership.role,
      inputId: input.id,
    };
    try {
      editor.edit(doc.id, writer, apply);
    } catch (error) {
      if (error instanceof MissingParagraphError) throw conflict(error.message);
      if (error instanceof LockedParagraphError)
        throw conflict(`${label ?? 'The paragraph'} is agreed: it must be reopened before an input changes it.`);
      throw error;
    }
    return notifications;
  });
}

function planIncorporation(
  services: Pick<Services, 'db'>,
  { input, doc }: InputAccess,
  afterHeading: boolean,
  text: string,
  resultPid: string,
): (ydoc: Y.Doc) => void {
  if (input.placement === 'against') return (ydoc) => writeParagraphText(ydoc, input.pid, text);
  if (afterHeading) return (ydoc) => void insertParagraphInSection(ydoc, input.pid, text, resultPid, BRIEF_PARAGRAPH);
  const isNew = addedSinceRevision(services, doc.id);
  return (ydoc) => void insertParagraphAfter(ydoc, input.pid, text, resultPid, insertionIndexAfter(ydoc, input.pid, isNew));
}

/** Whether a block was added since the last revision, so that a new paragraph follows those added before it. */
function addedSinceRevision(services: Pick<Services, 'db'>, documentId: string): (pid: string) => boolean {
  const baseline = numberingBaseline(services.db, documentId)?.baseline;
  if (!baseline) return () => false;
  const frozen = new Set(baseline.map((block) => block.pid));
  return (pid) => !frozen.has(pid);
}
