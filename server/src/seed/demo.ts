import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { ROLE_LABELS } from '@plenary/shared/permissions/index';
import type { Db } from '../db/client.ts';
import type { Writer } from '../sync/writer.ts';
import { processes, stakeholders } from '../db/schema.ts';
import { createDocument } from '../commands/document-creator.ts';
import { DocumentStore } from '../sync/persistence.ts';
import { createUser } from '../commands/user-creator.ts';
import { hashPassword } from '../auth/password.ts';
import { compactZeroDraft } from './content/compact-zero-draft.ts';
import { issueBriefs } from './content/issue-briefs.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { stakeholderIds } from './reference.ts';
import type { BriefStage } from '@plenary/shared/domain/index';

export const DEMO_PROCESS_ID = 'gcm';

export interface DemoSeedResult {
  accounts: { email: string; capacity: string }[];
  /** The demo was created by this start (not found from an earlier one). */
  created: boolean;
}

/** The briefs a new user meets along the lifecycle; the others are drafts. */
const DEMO_BRIEF_STAGES: Record<number, BriefStage> = { 1: 'circulated', 3: 'finalization', 6: 'published' };
const DEMO_INPUTS_DEADLINES: Record<number, string> = { 1: '2026-12-20T17:00:00.000Z' };

function seedDocuments(db: Db, creator: Writer): void {
  const store = new DocumentStore(db);
  db.transaction((tx) => {
    const creation = { tx, store, creator };
    createDocument(
      creation,
      {
        id: 'gcm-compact',
        processId: DEMO_PROCESS_ID,
        kind: 'compact',
        title: 'Global Compact for Safe, Orderly and Regular Migration: zero draft',
        status: 'Zero draft',
      },
      compactZeroDraft(),
    );
    for (const brief of issueBriefs()) {
      const leads = brief.coLeads.map(stakeholderIds.agency);
      createDocument(
        creation,
        {
          id: `gcm-brief-${brief.number}`,
          processId: DEMO_PROCESS_ID,
          kind: 'brief',
          title: `Issue brief ${brief.number}: ${brief.title}`,
          status: DEMO_BRIEF_STAGES[brief.number] ?? 'draft',
          inputsDeadline: DEMO_INPUTS_DEADLINES[brief.number] ?? null,
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
    db.insert(processes)
      .values({ id: DEMO_PROCESS_ID, title: 'Global Compact for Safe, Orderly and Regular Migration', shortTitle: 'GCM' })
      .run();
    const ids = new Map<string, string>();
    // One key derivation for all of them: each costs 16 MB and tens of milliseconds, for the same demo password.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) {
      const id = randomUUID();
      ids.set(account.email, id);
      await createUser(db, { ...account, id, passwordHash, processId: DEMO_PROCESS_ID });
    }
    // The secretariat prepares the texts: the zero draft and the briefs' first words are attributed to it.
    const secretariat = DEMO_ACCOUNTS.find((a) => a.role === 'secretariat')!;
    seedDocuments(db, {
      userId: ids.get(secretariat.email)!,
      stakeholderId: secretariat.stakeholderId,
      role: secretariat.role,
      source: 'server',
    });
  }
  const names = new Map(
    db
      .select()
      .from(stakeholders)
      .all()
      .map((s) => [s.id, s.name]),
  );
  return {
    created: existing === 0,
    accounts: DEMO_ACCOUNTS.map((a) => ({
      email: a.email,
      capacity: `${a.name} — ${names.get(a.stakeholderId)} — ${ROLE_LABELS[a.role]}`,
    })),
  };
}
