import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import { documentSchema } from '@plenary/shared/schema/index';
import { deleteParagraph } from './paragraph-text-writer.ts';
import { readEarlierBlock, restoreParagraph } from './paragraph-restorer.ts';

function compact(): Y.Doc {
  const content: JSONContent = {
    type: 'doc',
    content: [
      { type: 'title', content: [{ type: 'text', text: 'Compact' }] },
      { type: 'operativeParagraph', attrs: { pid: 'op1' }, content: [{ type: 'text', text: 'Save lives.' }] },
      {
        type: 'subPoint',
        attrs: { pid: 'sub1', level: 2 },
        content: [
          { type: 'text', text: 'on ' },
          { type: 'text', text: 'labour', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' migration' },
        ],
      },
      { type: 'operativeParagraph', attrs: { pid: 'op2' }, content: [{ type: 'text', text: 'Share data.' }] },
      { type: 'operativeParagraph', attrs: { pid: 'op3' }, content: [{ type: 'text', text: 'Protect children.' }] },
    ],
  };
  return prosemirrorJSONToYDoc(documentSchema, content, 'default');
}

const blocks = (doc: Y.Doc) => yDocToProsemirrorJSON(doc, 'default').content as JSONContent[];
const pids = (doc: Y.Doc) => blocks(doc).map((b) => b.attrs?.pid ?? b.type);

/** A live copy of `earlier` (as if loaded from the log) with `pid` deleted. */
function afterDeleting(earlier: Y.Doc, ...deleted: string[]): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier));
  for (const pid of deleted) deleteParagraph(doc, pid);
  return doc;
}

describe('restoreParagraph', () => {
  it('puts a deleted block back at its place with its pid, type, level and formatting', () => {
    const earlier = compact();
    const doc = afterDeleting(earlier, 'sub1');
    const block = readEarlierBlock(earlier, 'sub1')!;
    expect({ before: block.before, after: block.after }).toEqual({ before: ['op1'], after: ['op2', 'op3'] });
    restoreParagraph(doc, block);
    expect(blocks(doc)).toEqual(blocks(earlier));
  });

  it('goes after the nearest earlier block still there, else before the nearest later one, else at the end', () => {
    const earlier = compact();
    const withoutPredecessor = afterDeleting(earlier, 'op2', 'sub1');
    restoreParagraph(withoutPredecessor, readEarlierBlock(earlier, 'op2')!);
    expect(pids(withoutPredecessor)).toEqual(['title', 'op1', 'op2', 'op3']);

    const alone = afterDeleting(earlier, 'op1', 'sub1', 'op2', 'op3');
    restoreParagraph(alone, readEarlierBlock(earlier, 'op1')!);
    expect(pids(alone)).toEqual(['title', 'op1']);

    const first = afterDeleting(earlier, 'op1');
    restoreParagraph(first, readEarlierBlock(earlier, 'op1')!);
    expect(pids(first)).toEqual(['title', 'op1', 'sub1', 'op2', 'op3']);
  });

  it('refuses a pid that is taken, and finds nothing for a block that was not there', () => {
    const earlier = compact();
    expect(() => restoreParagraph(afterDeleting(earlier), readEarlierBlock(earlier, 'op2')!)).toThrow(/already taken/);
    expect(readEarlierBlock(earlier, 'nope')).toBeUndefined();
  });
});
