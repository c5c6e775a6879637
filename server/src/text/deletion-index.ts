import * as Y from 'yjs';
import type { ItemId } from './block-characters.ts';

interface DeletedRange {
  clock: number;
  end: number;
  updateId: number;
}

/** One client id's deleted ranges by start, and the furthest end reached up to each: bounds the search back. */
interface ClientDeletions {
  ranges: DeletedRange[];
  reach: number[];
}

/**
 * Which logged update deleted an item: built from the delete sets of a stretch of the update log. When two
 * updates delete the same item (two writers at once), the first logged one did it.
 */
export class DeletionIndex {
  private readonly byClient = new Map<number, ClientDeletions>();

  constructor(updates: Iterable<{ id: number; update: Uint8Array }>) {
    const collected = new Map<number, DeletedRange[]>();
    for (const { id, update } of updates) {
      for (const [client, deletions] of Y.decodeUpdate(update).ds.clients) {
        let ranges = collected.get(client);
        if (!ranges) collected.set(client, (ranges = []));
        for (const { clock, len } of deletions) ranges.push({ clock, end: clock + len, updateId: id });
      }
    }
    for (const [client, ranges] of collected) {
      ranges.sort((a, b) => a.clock - b.clock || a.updateId - b.updateId);
      let furthest = 0;
      this.byClient.set(client, { ranges, reach: ranges.map((range) => (furthest = Math.max(furthest, range.end))) });
    }
  }

  /** The update that deleted the item, if one in this stretch of the log did. */
  deletedBy({ client, clock }: ItemId): number | undefined {
    const deletions = this.byClient.get(client);
    if (!deletions) return undefined;
    const { ranges, reach } = deletions;
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (ranges[middle]!.clock <= clock) low = middle + 1;
      else high = middle - 1;
    }
    let first: number | undefined;
    for (let i = high; i >= 0 && reach[i]! > clock; i--) {
      const range = ranges[i]!;
      if (clock < range.end && (first === undefined || range.updateId < first)) first = range.updateId;
    }
    return first;
  }
}
