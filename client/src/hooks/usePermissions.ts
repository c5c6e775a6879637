import { useMemo } from 'react';
import { can, type Action } from '@plenary/shared/permissions/index';
import type { DocumentSummary } from '../api/types.ts';
import { useMe } from './session.tsx';

/**
 * What the signed-in person may do on a document, from the same permission table the server enforces.
 * The UI only hides what the server would refuse anyway.
 */
export function usePermissions(document: Pick<DocumentSummary, 'kind' | 'leadStakeholderIds'>): (action: Action) => boolean {
  const me = useMe();
  return useMemo(() => {
    const actor = { role: me.role, stakeholderId: me.stakeholder.id };
    const target = { kind: document.kind, leadStakeholderIds: document.leadStakeholderIds };
    return (action: Action) => can(actor, action, target);
  }, [me, document.kind, document.leadStakeholderIds]);
}
