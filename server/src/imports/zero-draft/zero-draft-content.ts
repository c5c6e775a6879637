import type { JSONContent } from '@tiptap/core';
import type { ZeroDraftBlock } from '@plenary/shared/api/index';
import { newPid } from '@plenary/shared/schema/index';
import type { ZeroDraftReading } from './zero-draft-reader.ts';

/** The text of a new compact: its title, then the blocks, each with a fresh paragraph id. */
export function zeroDraftContent({
  title,
  blocks,
}: ZeroDraftReading | { title: string; blocks: Omit<ZeroDraftBlock, 'typedNumber'>[] }): JSONContent {
  const inline = (text: string): JSONContent[] => [{ type: 'text', text }];
  return {
    type: 'doc',
    content: [
      { type: 'title', content: inline(title) },
      ...blocks.map((block) => ({
        type: block.type,
        attrs: block.type === 'subPoint' ? { pid: newPid(), level: block.level ?? 1 } : { pid: newPid() },
        content: inline(block.text),
      })),
    ],
  };
}
