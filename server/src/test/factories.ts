import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../db/client.ts';
import { documents, processes, users } from '../db/schema.ts';
import { seedReferenceData } from '../seed/reference.ts';
import type { Writer } from '../sync/writer.ts';

/** A fresh, migrated SQLite database in a temporary folder. */
export function temporaryDatabase(): { db: Db; dataDir: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-unit-'));
  return { db: openDatabase(dataDir), dataDir };
}

export function createProcessWithDocument(db: Db, documentId = 'doc-1'): string {
  db.insert(processes).values({ id: 'p1', title: 'Test process', shortTitle: 'TP' }).onConflictDoNothing().run();
  db.insert(documents).values({ id: documentId, processId: 'p1', kind: 'compact', title: 'Draft', status: 'Zero draft' }).run();
  return documentId;
}

/** A user with a membership, for attributing updates in unit tests. Reference stakeholders are seeded. */
export function createWriter(db: Db, overrides: Partial<Writer> & { id?: string } = {}): Writer {
  seedReferenceData(db);
  const userId = overrides.userId ?? overrides.id ?? `user-${Math.random().toString(36).slice(2, 8)}`;
  db.insert(users)
    .values({ id: userId, email: `${userId}@test.example`, name: `User ${userId}`, passwordHash: 'x' })
    .run();
  return {
    userId,
    stakeholderId: overrides.stakeholderId ?? 'MEX',
    role: overrides.role ?? 'cofacilitator',
    source: overrides.source ?? 'socket',
    proposalId: overrides.proposalId ?? null,
  };
}
