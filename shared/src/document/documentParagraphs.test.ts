import { describe, expect, it } from 'vitest';
import { Slice, Fragment } from '@tiptap/pm/model';
import { block, createTestEditor, documentOf, posIn } from '../schema/testEditor.ts';
import { documentParagraphs } from './documentParagraphs.ts';
import { negotiableBlocks } from './negotiableBlocks.ts';

const compact = documentOf(
  block('title', 'Global compact'),
  block('preambularParagraph', 'Recalling', { pid: 'pp1' }),
  block('sectionHeading', 'Objectives', { pid: 'h1' }),
  {
    type: 'operativeParagraph',
    attrs: { pid: 'op1' },
    content: [
      { type: 'text', text: 'Collect ' },
      { type: 'text', text: 'accurate', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' data' },
    ],
  },
  block('subPoint', 'Statistics', { pid: 'a', level: 1 }),
  block('subPoint', 'on labour', { pid: 'i', level: 2 }),
  block('operativeParagraph', 'Save lives', { pid: 'op2' }),
  block('operativeParagraph', 'Without a pid'),
);

describe('negotiableBlocks', () => {
  it('lists negotiable blocks in order with plain text and level, skipping the title and pid-less blocks', () => {
    expect(negotiableBlocks(compact)).toEqual([
      { pid: 'pp1', type: 'preambularParagraph', level: null, text: 'Recalling' },
      { pid: 'h1', type: 'sectionHeading', level: null, text: 'Objectives' },
      { pid: 'op1', type: 'operativeParagraph', level: null, text: 'Collect accurate data' },
      { pid: 'a', type: 'subPoint', level: 1, text: 'Statistics' },
      { pid: 'i', type: 'subPoint', level: 2, text: 'on labour' },
      { pid: 'op2', type: 'operativeParagraph', level: null, text: 'Save lives' },
    ]);
  });
});

describe('documentParagraphs', () => {
  it('numbers every negotiable block, with "" for section headings', () => {
    expect(documentParagraphs(compact).map((p) => [p.pid, p.number])).toEqual([
      ['pp1', 'PP1'],
      ['h1', ''],
      ['op1', 'OP1'],
      ['a', 'OP1(a)'],
      ['i', 'OP1(a)(i)'],
      ['op2', 'OP2'],
    ]);
  });

  it('follows the live document as paragraphs are inserted, moved and deleted in the editor', () => {
    const editor = createTestEditor(compact);
    const numbers = () => Object.fromEntries(documentParagraphs(editor.getJSON()).map((p) => [p.text, p.number]));

    // Insert: Enter at the end of OP1 starts a new operative paragraph before the sub-points.
    editor.commands.setTextSelection(posIn(editor, 3, 'Collect accurate data'.length));
    editor.commands.splitDraftingBlock();
    editor.commands.insertContent({ type: 'text', text: 'Protect workers' });
    expect(numbers()).toMatchObject({
      'Collect accurate data': 'OP1',
      'Protect workers': 'OP2',
      Statistics: 'OP2(a)',
      'Save lives': 'OP3',
    });

    // Move: cut "Save lives" and put it back right after the section heading.
    const doc = editor.state.doc;
    const savePos = posIn(editor, 7) - 1;
    const save = doc.child(7);
    const tr = editor.state.tr.delete(savePos, savePos + save.nodeSize);
    tr.replace(posIn(editor, 3) - 1, posIn(editor, 3) - 1, new Slice(Fragment.from(save), 0, 0));
    editor.view.dispatch(tr);
    expect(numbers()).toMatchObject({
      'Save lives': 'OP1',
      'Collect accurate data': 'OP2',
      'Protect workers': 'OP3',
      'on labour': 'OP3(a)(i)',
    });
    expect(documentParagraphs(editor.getJSON()).find((p) => p.text === 'Save lives')?.pid).toBe('op2');

    // Delete: remove "Protect workers"; the sub-points fall back under OP2.
    const protect = posIn(editor, 5) - 1;
    editor.view.dispatch(editor.state.tr.delete(protect, protect + editor.state.doc.child(5).nodeSize));
    expect(numbers()).toMatchObject({ 'Collect accurate data': 'OP2', Statistics: 'OP2(a)', 'on labour': 'OP2(a)(i)' });
  });
});
