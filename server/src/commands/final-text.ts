import { formatUnDateTime } from '@plenary/shared/domain/index';
import type { SilenceProcedureRow } from '../db/types.ts';

/** What every refused change of an adopted text says. */
export function finalTextMessage(adoption: Pick<SilenceProcedureRow, 'endedAt' | 'deadline'>): string {
  return `The text was adopted on ${formatUnDateTime(adoption.endedAt ?? adoption.deadline)} and is final.`;
}

/** What every refused change of a text under silence says. */
export function silenceFreezeMessage(revisionName: string, procedure: Pick<SilenceProcedureRow, 'deadline'>): string {
  return `${revisionName} is under silence until ${formatUnDateTime(procedure.deadline)}: the text cannot change while the procedure runs.`;
}
