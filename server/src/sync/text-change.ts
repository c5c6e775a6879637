import * as Y from 'yjs';
import { lockedBlockChange, lockedFingerprints } from '@plenary/shared/schema/index';
import type { Db, DbTransaction } from '../db/client.ts';
import type { DocumentStore } from './persistence.ts';
import { clockRanges } from './persistence.ts';
import type { RoomRegistry } from './room-registry.ts';
import { StoredChange } from './stored-change.ts';
import { FRAGMENT, refusalOfDocument } from './update-check.ts';
import type { Writer } from './writer.ts';

/** A server-side change would leave a document the schema refuses; nothing of it is stored. */
export class InvalidTextChangeError extends Error {}

/** The writer of a server-side change; `reverts`: it takes an accepted proposal's words back out (source 'revert'). */
export type ServerWriter = Omit<Writer, 'source'> & { reverts?: boolean };

/** A server-side change would touch an agreed paragraph; nothing of it is stored. */
export class LockedParagraphError extends InvalidTextChangeError {}

/** Edits documents inside one SQL transaction; see `changeTextInTransaction`. */
export interface TextEditor {
  /** Runs `edit` on a scratch copy of the document under a fresh client id, checks and logs the result. */
  edit<T>(documentId: string, writer: ServerWriter, edit: (doc: Y.Doc) => T): T;
}

/**
 * The one path for server-side text changes. `body` runs in a SQLite transaction and may edit documents
 * through the `TextEditor`: each edit is computed on a scratch document, checked against the schema and
 * appended to the update log inside the transaction, so a failed append or a later error rolls back the
 * SQL and the text together. Only after COMMIT are the changes applied to the open rooms and broadcast.
 */
export function changeTextInTransaction<T>(
  services: { db: Db; rooms: RoomRegistry; store: DocumentStore },
  body: (tx: DbTransaction, text: TextEditor) => T,
): T {
  const { db, rooms, store } = services;
  // The scratch copies are taken from the rooms: what peers wrote this turn is stored first, so the change is
  // computed on text the log holds.
  rooms.flushAll();
  const stored: StoredChange[] = [];
  const result = db.transaction((tx) => {
    const scratches = new Map<string, Y.Doc>();
    const editor: TextEditor = {
      edit(documentId, writer, edit) {
        let scratch = scratches.get(documentId);
        if (!scratch) {
          scratch = rooms.scratchCopy(documentId);
          scratches.set(documentId, scratch);
        }
        const { reverts, ...who } = writer;
        const change = editScratch(scratch, documentId, { ...who, source: reverts ? 'revert' : 'server' }, edit, {
          isFree: (id) => rooms.isClientIdFree(documentId, id),
          lockedPids: rooms.lockedPids(documentId),
        });
        if (change.update) {
          store.append(tx, {
            documentId,
            update: change.update.update,
            writer: change.update.writer,
            ranges: change.ranges,
            newClientIds: [change.update.clientId],
          });
          stored.push(change.update);
        }
        return change.result;
      },
    };
    return body(tx, editor);
  });
  for (const change of stored) rooms.applyStoredChange(change);
  return result;
}

interface ScratchRules {
  isFree: (clientId: number) => boolean;
  lockedPids: ReadonlySet<string>;
}

function editScratch<T>(scratch: Y.Doc, documentId: string, writer: Writer, edit: (doc: Y.Doc) => T, rules: ScratchRules) {
  scratch.clientID = freshClientId(scratch, rules.isFree);
  const locked = lockedFingerprints(scratch.getXmlFragment(FRAGMENT), rules.lockedPids);
  const before = Y.decodeStateVector(Y.encodeStateVector(scratch));
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  scratch.on('update', capture);
  let result: T;
  try {
    result = scratch.transact(() => edit(scratch));
  } finally {
    scratch.off('update', capture);
  }
  const problem = refusalOfDocument(scratch);
  if (problem) throw new InvalidTextChangeError(`The change would leave an invalid document: ${problem}`);
  const lockedChange = lockedBlockChange(scratch.getXmlFragment(FRAGMENT), locked);
  if (lockedChange) throw new LockedParagraphError(`The change would touch agreed text: ${lockedChange}`);
  const after = Y.decodeStateVector(Y.encodeStateVector(scratch));
  const ranges = clockRanges(before, after);
  // A change that only deletes adds no clocks; an empty range still ties its update to its client id, so the
  // change can be found again by what it was made for (reopening an accepted deletion replays the log to it).
  if (!ranges.some((range) => range.clientId === scratch.clientID)) ranges.push({ clientId: scratch.clientID, from: 0, to: 0 });
  return {
    result,
    ranges,
    update: update ? new StoredChange(documentId, update, writer, scratch.clientID) : null,
  };
}

/** A client id the document has never used and nobody has claimed. */
function freshClientId(doc: Y.Doc, isFree: (clientId: number) => boolean): number {
  const used = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (;;) {
    const id = Math.floor(Math.random() * 0xffffffff) >>> 0;
    if (id !== 0 && !used.has(id) && isFree(id)) return id;
  }
}
