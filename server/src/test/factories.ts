import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../db/client.ts';
import { documents, processes } from '../db/schema.ts';

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
