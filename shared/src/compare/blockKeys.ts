import type { ModelBlock } from '../document/model.ts';

/**
 * The key that matches a block across two versions of a document: its pid. Blocks without one (the title,
 * section headings) are matched by their type and how many of that type came before them; a pid seen twice
 * keeps only its first block as the paragraph, the others count as unkeyed blocks of their type.
 */
export function blockKeys(blocks: readonly ModelBlock[]): string[] {
  const seenPids = new Set<string>();
  const unkeyedByType = new Map<string, number>();
  return blocks.map((block) => {
    if (block.pid && !seenPids.has(block.pid)) {
      seenPids.add(block.pid);
      return `pid:${block.pid}`;
    }
    const nth = unkeyedByType.get(block.type) ?? 0;
    unkeyedByType.set(block.type, nth + 1);
    return `type:${block.type}:${nth}`;
  });
}
