import { randomUUID } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import { inArray } from 'drizzle-orm';
import { newPid } from '@plenary/shared/schema/index';
import type { CreateProcessInput } from '@plenary/shared/validation/index';
import type { DbTransaction } from '../db/client.ts';
import { memberships, processes, stakeholders } from '../db/schema.ts';
import type { ProcessRow } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';
import type { DocumentStore } from '../sync/persistence.ts';
import { badRequest } from '../errors.ts';
import { createDocument } from './document-creator.ts';
import { audit } from './audit.ts';

export interface CreatedProcess {
  process: ProcessRow;
  documents: { id: string; kind: 'compact' | 'brief'; title: string }[];
}

/** A text with its title and one empty paragraph to start typing in. */
function emptyText(title: string, paragraph: 'operativeParagraph' | 'briefParagraph'): JSONContent {
  return {
    type: 'doc',
    content: [
      { type: 'title', content: [{ type: 'text', text: title }] },
      { type: paragraph, attrs: { pid: newPid() } },
    ],
  };
}

/**
 * Opens a negotiation: the process, its compact (empty; the secretariat may import a zero draft into it later as a
 * new text), its briefs with their lead agencies, and the creator's place in it as its secretariat. The
 * co-facilitators are invited by the caller in the same transaction.
 */
export function createProcess(tx: DbTransaction, store: DocumentStore, creator: Participant, input: CreateProcessInput): CreatedProcess {
  const leadIds = [...new Set(input.briefs.flatMap((brief) => brief.leadStakeholderIds))];
  const agencies = new Map(
    (leadIds.length ? tx.select().from(stakeholders).where(inArray(stakeholders.id, leadIds)).all() : []).map((s) => [s.id, s]),
  );
  input.briefs.forEach((brief, i) => {
    for (const id of brief.leadStakeholderIds) {
      const lead = agencies.get(id);
      if (!lead) throw badRequest(`Brief ${i + 1}: unknown stakeholder "${id}".`);
      if (lead.kind !== 'agency') throw badRequest(`Brief ${i + 1}: ${lead.name} is not an agency; briefs are led by agencies.`);
    }
  });
  const id = randomUUID();
  const compactTitle = input.compactTitle ?? `${input.title}: draft`;
  const writer = { userId: creator.user.id, stakeholderId: creator.stakeholder.id, role: 'secretariat', source: 'server' as const };
  {
    const process = tx
      .insert(processes)
      .values({
        id,
        title: input.title,
        shortTitle: input.shortTitle,
        symbolPrefix: input.symbolPrefix,
        languages: input.languages,
        timeZone: input.timeZone,
      })
      .returning()
      .get();
    tx.insert(memberships)
      .values({ id: randomUUID(), userId: creator.user.id, processId: id, stakeholderId: creator.stakeholder.id, role: 'secretariat' })
      .run();
    const creation = { tx, store, creator: writer };
    const documents: CreatedProcess['documents'] = [];
    const compactId = randomUUID();
    createDocument(
      creation,
      { id: compactId, processId: id, kind: 'compact', title: compactTitle, status: 'Zero draft' },
      emptyText(compactTitle, 'operativeParagraph'),
    );
    documents.push({ id: compactId, kind: 'compact', title: compactTitle });
    input.briefs.forEach((brief, i) => {
      const briefId = randomUUID();
      const title = `Issue brief ${i + 1}: ${brief.title}`;
      createDocument(
        creation,
        { id: briefId, processId: id, kind: 'brief', title, status: 'draft', briefNumber: i + 1 },
        emptyText(title, 'briefParagraph'),
        brief.leadStakeholderIds,
      );
      documents.push({ id: briefId, kind: 'brief', title });
    });
    audit(tx, {
      participant: creator,
      processId: id,
      action: 'process.create',
      target: id,
      details: { title: input.title, documents: documents.length },
    });
    return { process, documents };
  }
}
