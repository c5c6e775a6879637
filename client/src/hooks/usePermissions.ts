import { useMemo } from 'react';
import { can, documentRight, type Action, type Actor, type DocumentRight } from '@plenary/shared/permissions/index';
import type { DocumentSummary, Me } from '../api/types.ts';
import { useMe } from './session.tsx';

/** A brief's stage decides who sees it and whether its text is written; the compact has none. */
type PermissionTarget = Pick<DocumentSummary, 'kind' | 'leadStakeholderIds'> & Partial<Pick<DocumentSummary, 'stage' | 'processId'>>;

/** The capacity the person acts in on this document: the one they hold in its process, which may not be the current one. */
function actorFor(me: Me, processId: string | undefined): Actor {
  const there = processId === undefined ? undefined : me.processes.find((process) => process.id === processId);
  return there ? { role: there.role, stakeholderId: there.stakeholder.id } : { role: me.role, stakeholderId: me.stakeholder.id };
}

/**
 * What the signed-in person may do on a document, from the same permission table the server enforces.
 * The UI only hides what the server would refuse anyway.
 */
export function usePermissions(document: PermissionTarget): (action: Action) => boolean {
  const me = useMe();
  return useMemo(() => {
    const actor = actorFor(me, document.processId);
    const target = { kind: document.kind, leadStakeholderIds: document.leadStakeholderIds, stage: document.stage };
    return (action: Action) => can(actor, action, target);
  }, [me, document.kind, document.leadStakeholderIds, document.stage, document.processId]);
}

/** The signed-in person's strongest right on a document: the pen, proposing, commenting or reading. */
export function useDocumentRight(document: PermissionTarget): DocumentRight {
  const me = useMe();
  return documentRight(actorFor(me, document.processId), {
    kind: document.kind,
    leadStakeholderIds: document.leadStakeholderIds,
    stage: document.stage,
  });
}
