import { useMemo } from 'react';
import type { StakeholderRef } from '../api/proposals.ts';
import type { Me } from '../api/types.ts';

/**
 * The stakeholders a delegate may table for: their own, and the groups it speaks in (a French delegate
 * for the EU), when the server lists them with the session.
 */
export function useTablingCapacities(me: Me): StakeholderRef[] {
  return useMemo(() => [me.stakeholder, ...(me.groups ?? []).filter((g) => g.id !== me.stakeholder.id)], [me]);
}
