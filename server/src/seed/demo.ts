import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { documentSchema } from '@plenary/shared/schema/index';
import { ROLE_LABELS } from '@plenary/shared/permissions/index';
import type { Db } from '../db/client.ts';
import { documentLeads, documents, processes, stakeholders } from '../db/schema.ts';
import { DocumentStore } from '../sync/persistence.ts';
import { createUser } from '../commands/user-creator.ts';
import { compactZeroDraft } from './content/compact-zero-draft.ts';
import { issueBriefs } from './content/issue-briefs.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { stakeholderIds } from './reference.ts';
import reference from './reference-data.json' with { type: 'json' };

export const DEMO_PROCESS_ID = 'gcm';

export interface DemoSeedResult {
  accounts: { email: string; capacity: string }[];
}

function createDocument(db: Db, row: typeof documents.$inferInsert, content: JSONContent, leads: string[] = []) {
  db.insert(documents).values(row).run();
  for (const stakeholderId of leads) db.insert(documentLeads).values({ documentId: row.id, stakeholderId }).run();
  new DocumentStore(db).create(row.id, prosemirrorJSONToYDoc(documentSchema, content, 'default'));
}

function seedProcessAndDocuments(db: Db): void {
  db.transaction(() => {
    db.insert(processes)
      .values({ id: DEMO_PROCESS_ID, title: 'Global Compact for Safe, Orderly and Regular Migration', shortTitle: 'GCM' })
      .run();
    createDocument(
      db,
      { id: 'gcm-compact', processId: DEMO_PROCESS_ID, kind: 'compact', title: 'Global Compact for Safe, Orderly and Regular Migration: zero draft', status: 'Zero draft' },
      compactZeroDraft(),
    );
    for (const brief of issueBriefs()) {
      const leads = brief.coLeads.map(stakeholderIds.agency);
      createDocument(
        db,
        {
          id: `gcm-brief-${brief.number}`,
          processId: DEMO_PROCESS_ID,
          kind: 'brief',
          title: `Issue brief ${brief.number}: ${brief.title}`,
          status: reference.briefStates[0],
          briefNumber: brief.number,
        },
        brief.content,
        leads,
      );
    }
  });
}

/** The demo process, its documents and the demo accounts; created once, on first start outside production. */
export async function seedDemo(db: Db): Promise<DemoSeedResult> {
  const existing = db.select({ n: count() }).from(processes).where(eq(processes.id, DEMO_PROCESS_ID)).get()!.n;
  if (existing === 0) {
    seedProcessAndDocuments(db);
    for (const account of DEMO_ACCOUNTS) {
      await createUser(db, { ...account, id: randomUUID(), password: DEMO_PASSWORD, processId: DEMO_PROCESS_ID });
    }
  }
  const names = new Map(db.select().from(stakeholders).all().map((s) => [s.id, s.name]));
  return {
    accounts: DEMO_ACCOUNTS.map((a) => ({
      email: a.email,
      capacity: `${a.name} — ${names.get(a.stakeholderId)} — ${ROLE_LABELS[a.role]}`,
    })),
  };
}
