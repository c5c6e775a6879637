import type { SilenceProcedureRow } from '../db/types.ts';

/** What every refused change of an adopted text says. */
export function finalTextMessage(adoption: Pick<SilenceProcedureRow, 'endedAt' | 'deadline'>): string {
  return `The text was adopted on ${adoption.endedAt ?? adoption.deadline} and is final.`;
}
