import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import { documentSchema } from '@plenary/shared/schema/index';
import {
  deleteParagraph,
  insertionIndexAfter,
  insertParagraphAfter,
  MissingParagraphError,
  readParagraphText,
  writeParagraphText,
} from './paragraph-text-writer.ts';

function compact(): Y.Doc {
  const content: JSONContent = {
    type: 'doc',
    content: [
      { type: 'title', content: [{ type: 'text', text: 'Compact' }] },
      {
        type: 'operativeParagraph',
        attrs: { pid: 'op1' },
        content: [
          { type: 'text', text: 'Recalling', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' that States should collect ' },
          { type: 'text', text: 'accurate', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' data.' },
        ],
      },
      { type: 'subPoint', attrs: { pid: 'sub1', level: 2 }, content: [{ type: 'text', text: 'on labour migration' }] },
      { type: 'operativeParagraph', attrs: { pid: 'op2' }, content: [{ type: 'text', text: 'Save lives.' }] },
    ],
  };
  return prosemirrorJSONToYDoc(documentSchema, content, 'default');
}

const blocks = (doc: Y.Doc) => yDocToProsemirrorJSON(doc, 'default').content as JSONContent[];

describe('writeParagraphText', () => {
  it('changes only the words that differ, so formatting elsewhere in the paragraph survives', () => {
    const doc = compact();
    writeParagraphText(doc, 'op1', 'Recalling that States shall collect accurate and disaggregated data.');
    expect(readParagraphText(doc, 'op1')).toBe('Recalling that States shall collect accurate and disaggregated data.');
    // Words added at the edge of a bold word stay plain; a replacement ('should' → 'shall') keeps its formatting.
    const runs = blocks(doc)[1]?.content?.map((r) => [r.text, (r.marks ?? []).map((m) => m.type)]);
    expect(runs).toEqual([
      ['Recalling', ['italic']],
      [' that States shall collect ', []],
      ['accurate', ['bold']],
      [' and disaggregated data.', []],
    ]);
  });

  it('formats replaced and enclosed words like the words around them', () => {
    const doc = compact();
    writeParagraphText(doc, 'op1', 'Recalling further that States should collect reliable data.');
    const runs = blocks(doc)[1]?.content?.map((r) => [r.text, (r.marks ?? []).map((m) => m.type)]);
    expect(runs).toEqual([
      ['Recalling', ['italic']],
      [' further that States should collect ', []],
      ['reliable', ['bold']],
      [' data.', []],
    ]);
  });

  it('rewrites a paragraph entirely and leaves the other blocks alone', () => {
    const doc = compact();
    writeParagraphText(doc, 'op2', 'Cooperate to save lives at sea.');
    expect(readParagraphText(doc, 'op2')).toBe('Cooperate to save lives at sea.');
    expect(readParagraphText(doc, 'sub1')).toBe('on labour migration');
  });

  it('throws for a paragraph that is not there, without touching the document', () => {
    const doc = compact();
    const before = Y.encodeStateVector(doc);
    expect(() => writeParagraphText(doc, 'gone', 'x')).toThrow(MissingParagraphError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('deleteParagraph and insertParagraphAfter', () => {
  it('removes exactly the block with that pid', () => {
    const doc = compact();
    deleteParagraph(doc, 'sub1');
    expect(blocks(doc).map((b) => b.attrs?.pid ?? null)).toEqual([null, 'op1', 'op2']);
    expect(readParagraphText(doc, 'sub1')).toBeUndefined();
  });

  it('inserts a block of the anchor type and attributes, with a fresh pid, right after it', () => {
    const doc = compact();
    const pid = insertParagraphAfter(doc, 'sub1', 'on return and readmission');
    expect(pid).toMatch(/^[0-9a-z]{10}$/);
    const after = blocks(doc);
    expect(after.map((b) => b.attrs?.pid ?? null)).toEqual([null, 'op1', 'sub1', pid, 'op2']);
    expect(after[3]).toMatchObject({
      type: 'subPoint',
      attrs: { pid, level: 2 },
      content: [{ type: 'text', text: 'on return and readmission' }],
    });
  });

  it('puts a paragraph added after OP1 past its sub-points and past paragraphs added after it since the revision', () => {
    const doc = compact();
    const none = () => false;
    expect(insertionIndexAfter(doc, 'op1', none)).toBe(3);
    insertParagraphAfter(doc, 'op1', 'First addition.', 'bis', insertionIndexAfter(doc, 'op1', none));
    const added = new Set(['bis']);
    insertParagraphAfter(
      doc,
      'op1',
      'Second addition.',
      'ter',
      insertionIndexAfter(doc, 'op1', (pid) => added.has(pid)),
    );
    expect(blocks(doc).map((b) => b.attrs?.pid ?? null)).toEqual([null, 'op1', 'sub1', 'bis', 'ter', 'op2']);
    // A paragraph of the revision after the anchor stops the walk: the addition goes before it.
    expect(insertionIndexAfter(doc, 'op1', (pid) => pid === 'op2')).toBe(3);
  });
});
