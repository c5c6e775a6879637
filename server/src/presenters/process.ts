import type { ProcessResponse } from '@plenary/shared/api/index';
import type { ProcessRow } from '../db/types.ts';

export function presentProcess(row: ProcessRow): ProcessResponse {
  return {
    id: row.id,
    title: row.title,
    shortTitle: row.shortTitle,
    symbolPrefix: row.symbolPrefix,
    languages: row.languages,
    timeZone: row.timeZone,
    createdAt: row.createdAt,
  };
}
