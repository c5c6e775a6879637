import type { Stakeholder } from '../db/types.ts';

export function presentStakeholder(s: Pick<Stakeholder, 'id' | 'name' | 'shortName' | 'kind'>) {
  return { id: s.id, name: s.name, shortName: s.shortName, kind: s.kind };
}
