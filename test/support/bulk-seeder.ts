import { randomUUID } from 'node:crypto';
import type { ProposalKind, ProposalStatus } from '@plenary/shared/domain/index';
import { openServerDatabase, type ServerDatabase } from './server-database.ts';

/** A paragraph of the document, as `GET /api/documents/:id` lists it. */
export interface SeedParagraph {
  pid: string;
  text: string;
}

interface Delegate {
  userId: string;
  stakeholderId: string;
  role: string;
}

const PROPOSAL_KINDS = ['amend', 'insert-after', 'alternative', 'delete'] as const satisfies readonly ProposalKind[];
const CLOSED_STATUSES = ['rejected', 'withdrawn', 'superseded'] as const satisfies readonly ProposalStatus[];

/** The item at `i`, counting round and round the list. */
function cycle<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error('Nothing to cycle through.');
  return item;
}

function delegates(db: ServerDatabase): Delegate[] {
  return db
    .prepare(
      `SELECT m.user_id AS userId, m.stakeholder_id AS stakeholderId, m.role AS role FROM memberships m
       WHERE m.role = 'delegate' ORDER BY m.user_id`,
    )
    .all();
}

function memberStates(db: ServerDatabase, limit: number): string[] {
  return db
    .prepare(`SELECT id FROM stakeholders WHERE kind = 'member-state' ORDER BY id LIMIT ?`)
    .all(limit)
    .map((r) => r.id);
}

/**
 * Inserts `count` proposals straight into a stopped server's database, spread over `paragraphs` in every
 * kind, most still tabled, each with a position and every fifth with a co-sponsor. Their `diff` is left
 * null, as rows written before diffs were stored: the server computes them at start.
 */
export function seedProposals(dataDir: string, documentId: string, paragraphs: readonly SeedParagraph[], count: number): void {
  const db = openServerDatabase(dataDir, { readonly: false });
  try {
    const authors = delegates(db);
    const states = memberStates(db, 40);
    const first = (db.prepare('SELECT max(seq) AS last FROM proposals WHERE document_id = ?').get(documentId).last ?? 0) + 1;
    const insertProposal = db.prepare(
      `INSERT INTO proposals (id, document_id, seq, pid, kind, base_text, text, justification, tabling_stakeholder_id,
         author_user_id, author_stakeholder_id, status, outdated, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    );
    const insertPosition = db.prepare(
      `INSERT INTO proposal_positions (proposal_id, stakeholder_id, position, reason, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertCosponsor = db.prepare(
      `INSERT INTO proposal_cosponsors (proposal_id, stakeholder_id, status, created_at) VALUES (?, ?, 'confirmed', ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const paragraph = cycle(paragraphs, i);
        const kind = PROPOSAL_KINDS[i % PROPOSAL_KINDS.length];
        const author = cycle(authors, i);
        const at = new Date(Date.UTC(2018, 0, 1) + i * 1000).toISOString();
        const text =
          kind === 'delete'
            ? null
            : kind === 'insert-after'
              ? `New paragraph ${i}: we commit to review progress.`
              : `${paragraph.text} (variant ${i})`;
        const status = i % 10 === 9 ? CLOSED_STATUSES[i % CLOSED_STATUSES.length] : 'tabled';
        const id = randomUUID();
        insertProposal.run(
          id,
          documentId,
          first + i,
          paragraph.pid,
          kind,
          kind === 'insert-after' ? '' : paragraph.text,
          text,
          `Justification ${i}`,
          author.stakeholderId,
          author.userId,
          author.stakeholderId,
          status,
          at,
          at,
        );
        const others = states.filter((s) => s !== author.stakeholderId);
        insertPosition.run(id, others[i % others.length], i % 3 === 0 ? 'oppose' : 'support', null, author.userId, at);
        if (i % 5 === 0) insertCosponsor.run(id, others[(i + 7) % others.length], at);
      }
    })();
  } finally {
    db.close();
  }
}

/** Inserts `count` comment threads visible to all or to the author's delegation, with one or two messages each. */
export function seedThreads(dataDir: string, documentId: string, pids: readonly string[], count: number): void {
  const db = openServerDatabase(dataDir, { readonly: false });
  try {
    const authors = delegates(db);
    const insertThread = db.prepare(
      `INSERT INTO threads (id, document_id, pid, visibility, audience_stakeholder_id, author_user_id, author_stakeholder_id,
         author_role, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMessage = db.prepare(
      `INSERT INTO thread_messages (id, thread_id, author_user_id, author_stakeholder_id, author_role, body, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const author = cycle(authors, i);
        const at = new Date(Date.UTC(2018, 0, 1) + i * 1000).toISOString();
        const id = randomUUID();
        const privateNote = i % 4 === 3;
        insertThread.run(
          id,
          documentId,
          pids[i % pids.length],
          privateNote ? 'delegation' : 'all',
          privateNote ? author.stakeholderId : null,
          author.userId,
          author.stakeholderId,
          author.role,
          at,
          at,
        );
        insertMessage.run(randomUUID(), id, author.userId, author.stakeholderId, author.role, `Comment ${i} on the wording.`, at);
        if (i % 2 === 0) {
          const replier = cycle(authors, i + 1);
          insertMessage.run(randomUUID(), id, replier.userId, replier.stakeholderId, replier.role, `Reply ${i}.`, at);
        }
      }
    })();
  } finally {
    db.close();
  }
}
