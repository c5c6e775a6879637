import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { technicalInputs } from '../db/schema.ts';
import type { TechnicalInputRow, User } from '../db/types.ts';
import { ApiError, notFound } from '../errors.ts';
import { loadDocumentAccess } from './document-access.ts';
import type { DocumentAccess } from '../policies/actors.ts';

export interface InputAccess extends DocumentAccess {
  input: TechnicalInputRow;
}

/** Loads an input with its brief, for a participant who may read the brief (404 otherwise, as for the brief). */
export function loadInputAccess(db: Db, user: User, inputId: string): InputAccess {
  const input = db.select().from(technicalInputs).where(eq(technicalInputs.id, inputId)).get();
  if (!input) throw notFound('Technical input');
  try {
    return { ...loadDocumentAccess(db, user, input.documentId), input };
  } catch (error) {
    // A brief the caller may not see hides its inputs too, under their own name.
    if (error instanceof ApiError && error.status === 404) throw notFound('Technical input');
    throw error;
  }
}
