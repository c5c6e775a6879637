import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { documentSchema } from '@plenary/shared/schema/index';
import type { DbTransaction } from '../db/client.ts';
import { documentLeads, documents } from '../db/schema.ts';
import type { DocumentStore } from '../sync/persistence.ts';
import type { Writer } from '../sync/writer.ts';

export interface DocumentCreation {
  tx: DbTransaction;
  store: DocumentStore;
  /** Who the first words are attributed to. */
  creator: Writer;
}

/** Creates a document: its row, its lead agencies (for a brief) and its text as the first entry of its update log. */
export function createDocument(
  { tx, store, creator }: DocumentCreation,
  row: typeof documents.$inferInsert,
  content: JSONContent,
  leads: readonly string[] = [],
): void {
  tx.insert(documents).values(row).run();
  for (const stakeholderId of leads) tx.insert(documentLeads).values({ documentId: row.id, stakeholderId }).run();
  store.create(tx, row.id, prosemirrorJSONToYDoc(documentSchema, content, 'default'), creator);
}
