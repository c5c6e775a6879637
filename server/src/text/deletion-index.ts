import * as Y from 'yjs';
import type { ItemId } from './block-characters.ts';

interface DeletedRange {
  clock: number;
  end: number;
  updateId: number;
}

/**
 * Which logged update deleted an item: built from the delete sets of a stretch of the update log, in log
 * order. When two updates delete the same item (two writers at once), the first logged one did it.
 */
export class DeletionIndex {
  private readonly byClient = new Map<number, DeletedRange[]>();

  constructor(updates: Iterable<{ id: number; update: Uint8Array }>) {
    for (const { id, update } of updates) {
      for (const [client, deletions] of Y.decodeUpdate(update).ds.clients) {
        let ranges = this.byClient.get(client);
        if (!ranges) this.byClient.set(client, (ranges = []));
        for (const { clock, len } of deletions) ranges.push({ clock, end: clock + len, updateId: id });
      }
    }
  }

  /** The update that deleted the item, if one in this stretch of the log did. */
  deletedBy({ client, clock }: ItemId): number | undefined {
    return this.byClient.get(client)?.find((range) => range.clock <= clock && clock < range.end)?.updateId;
  }
}
