import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { modelFromProsemirrorJSON } from '../document/fromProsemirrorJSON.ts';
import { compareDocuments } from './compareDocuments.ts';

const op = (pid: string, text: string): JSONContent => ({ type: 'operativeParagraph', attrs: { pid }, content: [{ type: 'text', text }] });
const pp = (pid: string, text: string): JSONContent => ({ type: 'preambularParagraph', attrs: { pid }, content: [{ type: 'text', text }] });
const title = (text: string): JSONContent => ({ type: 'title', content: [{ type: 'text', text }] });
const model = (...content: JSONContent[]) => modelFromProsemirrorJSON({ type: 'doc', content });

const outline = (from: JSONContent[], to: JSONContent[]) =>
  compareDocuments(model(...from), model(...to)).map((b) => `${b.pid ?? b.type}:${b.change}:${b.fromNumber ?? '-'}>${b.toNumber ?? '-'}`);

describe('compareDocuments', () => {
  it('reports untouched blocks as unchanged, with one equal segment', () => {
    const blocks = [title('Compact'), op('a', 'States commit.'), op('b', 'States cooperate.')];
    expect(compareDocuments(model(...blocks), model(...blocks))).toEqual([
      {
        pid: null,
        type: 'title',
        level: null,
        change: 'unchanged',
        fromNumber: null,
        toNumber: null,
        segments: [{ op: 'equal', text: 'Compact' }],
        fromIndex: 0,
        toIndex: 0,
      },
      {
        pid: 'a',
        type: 'operativeParagraph',
        level: null,
        change: 'unchanged',
        fromNumber: 'OP1',
        toNumber: 'OP1',
        segments: [{ op: 'equal', text: 'States commit.' }],
        fromIndex: 1,
        toIndex: 1,
      },
      {
        pid: 'b',
        type: 'operativeParagraph',
        level: null,
        change: 'unchanged',
        fromNumber: 'OP2',
        toNumber: 'OP2',
        segments: [{ op: 'equal', text: 'States cooperate.' }],
        fromIndex: 2,
        toIndex: 2,
      },
    ]);
  });

  it('gives a changed paragraph its word-level insertions and deletions', () => {
    const [changed] = compareDocuments(model(op('a', 'States shall cooperate.')), model(op('a', 'States should cooperate fully.')));
    expect(changed).toMatchObject({ change: 'changed', fromNumber: 'OP1', toNumber: 'OP1' });
    expect(changed!.segments).toEqual([
      { op: 'equal', text: 'States ' },
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'should' },
      { op: 'equal', text: ' cooperate' },
      { op: 'insert', text: ' fully' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('matches paragraphs by pid across renumbering, with new ones inserted and deleted ones at their old place', () => {
    const from = [op('a', 'One.'), op('b', 'Two.'), op('c', 'Three.'), op('d', 'Four.')];
    const to = [op('a', 'One.'), op('n', 'New.'), op('c', 'Three.'), op('d', 'Four, amended.')];
    expect(outline(from, to)).toEqual([
      'a:unchanged:OP1>OP1',
      'b:deleted:OP2>-',
      'n:new:->OP2',
      'c:unchanged:OP3>OP3',
      'd:changed:OP4>OP4',
    ]);

    const renumbered = outline([op('a', 'One.'), op('b', 'Two.')], [op('n', 'New.'), op('a', 'One.'), op('b', 'Two.')]);
    expect(renumbered).toEqual(['n:new:->OP1', 'a:unchanged:OP1>OP2', 'b:unchanged:OP2>OP3']);
  });

  it('keeps a deleted first or last paragraph at the start or the end', () => {
    expect(outline([op('a', 'One.'), op('b', 'Two.'), op('c', 'Three.')], [op('b', 'Two.')])).toEqual([
      'a:deleted:OP1>-',
      'b:unchanged:OP2>OP1',
      'c:deleted:OP3>-',
    ]);
  });

  it('marks as moved the fewest paragraphs that explain the new order, changed or not', () => {
    const from = [op('a', 'One.'), op('b', 'Two.'), op('c', 'Three.'), op('d', 'Four.')];
    const to = [op('a', 'One.'), op('c', 'Three.'), op('d', 'Four.'), op('b', 'Two, moved.')];
    const compared = compareDocuments(model(...from), model(...to));
    expect(compared.map((b) => `${b.pid}:${b.change}`)).toEqual(['a:unchanged', 'c:unchanged', 'd:unchanged', 'b:moved']);
    expect(compared[3]!.segments).toEqual([
      { op: 'equal', text: 'Two' },
      { op: 'insert', text: ', moved' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('counts a new type as a change, and gives a new paragraph and a deleted one all their words', () => {
    expect(outline([pp('a', 'Recalling.')], [op('a', 'Recalling.')])).toEqual(['a:changed:PP1>OP1']);
    const [deleted, added] = compareDocuments(model(op('a', 'Gone.')), model(op('b', 'Here.')));
    expect(deleted!.segments).toEqual([{ op: 'delete', text: 'Gone.' }]);
    expect(added!.segments).toEqual([{ op: 'insert', text: 'Here.' }]);
  });

  it('matches blocks without a pid by their type and rank', () => {
    expect(outline([title('Draft'), op('a', 'One.')], [title('Final'), op('a', 'One.')])).toEqual([
      'title:changed:->-',
      'a:unchanged:OP1>OP1',
    ]);
  });
});
