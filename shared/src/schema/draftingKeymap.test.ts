import { describe, expect, it } from 'vitest';
import { block, createTestEditor, documentOf, posIn, pressKey, summarize } from './testEditor.ts';

const PP = 'preambularParagraph';
const OP = 'operativeParagraph';
const SUB = 'subPoint';

function compact() {
  return createTestEditor(
    documentOf(
      block('title', 'Global compact'),
      block(PP, 'Recalling the New York Declaration', { pid: 'pp1' }),
      block('sectionHeading', 'Objectives', { pid: 'sh1' }),
      block(OP, 'Collect accurate data', { pid: 'op1' }),
      block(SUB, 'Improve national statistics', { pid: 'a1', level: 1 }),
      block(SUB, 'on labour migration', { pid: 'i1', level: 2 }),
    ),
  );
}

describe('Enter', () => {
  it('starts a new paragraph of the same type, the old text keeping its pid', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 3, 'Collect'.length));
    expect(pressKey(editor, 'Enter')).toBe(true);
    const [op, rest] = summarize(editor).slice(3, 5);
    expect(op).toEqual({ type: OP, pid: 'op1', text: 'Collect' });
    expect(rest).toMatchObject({ type: OP, text: ' accurate data' });
    expect(rest?.pid).toMatch(/^[0-9a-z]{10}$/);
  });

  it('keeps the sub-point level', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 5, 'on labour migration'.length));
    pressKey(editor, 'Enter');
    expect(summarize(editor)[6]).toMatchObject({ type: SUB, level: 2, text: '' });
    expect(summarize(editor)[6]?.pid).not.toBe('i1');
  });

  it('at the start of a paragraph opens an empty one above, so the text keeps its pid', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 1, 0));
    pressKey(editor, 'Enter');
    const [empty, original] = summarize(editor).slice(1, 3);
    expect(empty).toMatchObject({ type: PP, text: '' });
    expect(empty?.pid).not.toBe('pp1');
    expect(original).toEqual({ type: PP, pid: 'pp1', text: 'Recalling the New York Declaration' });
    expect(editor.state.selection.$from.parent.attrs.pid).toBe('pp1');
  });

  it('after a section heading continues with an operative paragraph', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 2, 'Objectives'.length));
    pressKey(editor, 'Enter');
    expect(summarize(editor)[3]).toMatchObject({ type: OP, text: '' });
    expect(summarize(editor)[2]).toEqual({ type: 'sectionHeading', pid: 'sh1', text: 'Objectives' });
  });

  it('on an empty sub-point steps it out one level', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 5, 'on labour migration'.length));
    pressKey(editor, 'Enter');
    pressKey(editor, 'Enter');
    expect(summarize(editor)[6]).toMatchObject({ type: SUB, level: 1, text: '' });
    pressKey(editor, 'Enter');
    expect(summarize(editor)[6]).toMatchObject({ type: OP, text: '' });
  });
});

describe('Tab and Shift-Tab', () => {
  it('indent an operative paragraph to sub-point (a) then (i), keeping the pid', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 3, 2));
    expect(pressKey(editor, 'Tab')).toBe(true);
    expect(summarize(editor)[3]).toEqual({ type: SUB, pid: 'op1', level: 1, text: 'Collect accurate data' });
    expect(pressKey(editor, 'Tab')).toBe(true);
    expect(summarize(editor)[3]).toMatchObject({ type: SUB, pid: 'op1', level: 2 });
    expect(pressKey(editor, 'Tab')).toBe(false);
  });

  it('outdent a sub-point to level 1, then to the type of its parent paragraph', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 5, 1));
    expect(pressKey(editor, 'Shift-Tab')).toBe(true);
    expect(summarize(editor)[5]).toMatchObject({ type: SUB, pid: 'i1', level: 1 });
    expect(pressKey(editor, 'Shift-Tab')).toBe(true);
    expect(summarize(editor)[5]).toEqual({ type: OP, pid: 'i1', text: 'on labour migration' });
    expect(pressKey(editor, 'Shift-Tab')).toBe(false);
  });

  it('outdent a sub-point of a preambular paragraph to a preambular paragraph', () => {
    const editor = createTestEditor(
      documentOf(block(PP, 'Recalling', { pid: 'pp1' }), block(SUB, 'the Declaration', { pid: 'a', level: 1 })),
    );
    editor.commands.setTextSelection(posIn(editor, 1, 1));
    pressKey(editor, 'Shift-Tab');
    expect(summarize(editor)[1]).toEqual({ type: PP, pid: 'a', text: 'the Declaration' });
  });

  it('apply to every block of a selection', () => {
    const editor = compact();
    editor.commands.setTextSelection({ from: posIn(editor, 4, 1), to: posIn(editor, 5, 1) });
    pressKey(editor, 'Shift-Tab');
    expect(
      summarize(editor)
        .slice(4)
        .map((b) => [b.type, b.level]),
    ).toEqual([
      [OP, undefined],
      [SUB, 1],
    ]);
  });
});

describe('block type shortcuts', () => {
  it('switch between preambular, operative, sub-point and section heading, keeping the pid', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 3, 1));
    const typeAfter = (combo: string) => {
      expect(pressKey(editor, combo)).toBe(true);
      const block = summarize(editor)[3];
      expect(block?.pid).toBe('op1');
      return block?.type;
    };
    expect(typeAfter('Mod-Alt-1')).toBe(PP);
    expect(typeAfter('Mod-Alt-3')).toBe(SUB);
    expect(typeAfter('Mod-Alt-0')).toBe('sectionHeading');
    expect(typeAfter('Mod-Alt-2')).toBe(OP);
  });

  it('Mod-B and Mod-I toggle bold and italic', () => {
    const editor = compact();
    editor.commands.setTextSelection({ from: posIn(editor, 3, 0), to: posIn(editor, 3, 7) });
    expect(pressKey(editor, 'Mod-b')).toBe(true);
    expect(pressKey(editor, 'Mod-i')).toBe(true);
    const marks = editor.state.doc.child(3).firstChild!.marks.map((m) => m.type.name);
    expect(marks.sort()).toEqual(['bold', 'italic']);
  });
});
