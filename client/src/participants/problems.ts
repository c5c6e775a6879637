import { ApiError } from '../api/http.ts';
import { fieldErrorsOf, type FieldErrors } from '../inputs/fieldErrors.ts';

export function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

/**
 * A refused form's problems by field: the server's 400 names them (`details`); a 409 (already a participant) is
 * about the email; anything else is about the whole form (path "").
 */
export function formErrorsOf(failure: unknown, conflictField = 'email'): FieldErrors {
  if (failure instanceof ApiError && failure.issues.length > 0) return fieldErrorsOf(failure.issues);
  if (failure instanceof ApiError && failure.status === 409) return new Map([[conflictField, failure.message]]);
  return new Map([['', messageOf(failure)]]);
}
