import { eq } from 'drizzle-orm';
import type { EditInputInput } from '@plenary/shared/validation/index';
import { technicalInputs, technicalInputVersions } from '../db/schema.ts';
import type { Services } from '../services.ts';
import type { InputAccess } from '../queries/input-access.ts';
import { audit } from './audit.ts';

/** The agency's edit of its undecided input: the current state changes and the new wording is kept as a version. */
export function editInput(services: Pick<Services, 'db'>, access: InputAccess, edit: EditInputInput): void {
  const { input, participant, doc } = access;
  const now = new Date().toISOString();
  const fields = {
    pid: input.pid,
    placement: edit.placement ?? input.placement,
    type: edit.type ?? input.type,
    text: edit.text ?? input.text,
    rationale: edit.rationale ?? input.rationale,
    sources: edit.sources ?? input.sources,
    sdgTargets: edit.sdgTargets ?? input.sdgTargets,
  };
  services.db.transaction((tx) => {
    tx.update(technicalInputs)
      .set({ ...fields, updatedAt: now })
      .where(eq(technicalInputs.id, input.id))
      .run();
    tx.insert(technicalInputVersions)
      .values({ inputId: input.id, ...fields, userId: participant.user.id, createdAt: now })
      .run();
    audit(tx, {
      participant,
      action: 'input.edit',
      documentId: doc.id,
      target: input.id,
      details: { forStakeholderId: input.stakeholderId, pid: input.pid, changed: Object.keys(edit).filter((k) => k in edit) },
    });
  });
}
