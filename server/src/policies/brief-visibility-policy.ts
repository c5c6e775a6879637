import { can, type Actor, type DocumentTarget } from '@plenary/shared/permissions/index';

/**
 * Whether the document exists for this actor at all: a brief not yet circulated (or not yet published, for
 * delegations and observers) answers 404 on every path, so that not even its existence leaks.
 */
export function maySeeDocument(actor: Actor, target: DocumentTarget): boolean {
  return can(actor, 'read', target);
}
