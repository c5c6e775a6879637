import type { DbHandle } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { User } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';

export interface AuditEntry {
  /** The acting person and the capacity they acted in (when acting in a process). */
  participant?: Participant;
  user?: User;
  action: string;
  processId?: string;
  documentId?: string;
  target?: string;
  details?: Record<string, unknown>;
}

/** Writes one audit row. Call inside the same transaction as the change it records. */
export function audit(db: DbHandle, entry: AuditEntry): void {
  const p = entry.participant;
  db.insert(auditLog)
    .values({
      userId: p?.user.id ?? entry.user?.id ?? null,
      stakeholderId: p?.stakeholder.id ?? null,
      role: p?.membership.role ?? null,
      processId: entry.processId ?? p?.membership.processId ?? null,
      documentId: entry.documentId ?? null,
      action: entry.action,
      target: entry.target ?? null,
      details: entry.details ?? null,
    })
    .run();
}
