import { describe, expect, it } from 'vitest';
import { joinBackward, splitBlock } from '@tiptap/pm/commands';
import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/core';
import { pidIntegrityPlugin } from './pidIntegrity.ts';
import { block, createTestEditor, documentOf, paste, posIn, summarize } from './testEditor.ts';

const OP = 'operativeParagraph';

function allPids(editor: Editor): string[] {
  return summarize(editor).flatMap((b) => (b.pid ? [b.pid] : []));
}

function expectUniquePids(editor: Editor) {
  const pids = allPids(editor);
  expect(new Set(pids).size).toBe(pids.length);
  for (const b of summarize(editor)) if (b.type !== 'title') expect(b.pid).toMatch(/^[0-9a-z]+$/);
}

function twoParagraphs() {
  return createTestEditor(
    documentOf(block('title', 'Draft'), block(OP, 'Strengthen data collection', { pid: 'op1' }), block(OP, 'Save lives', { pid: 'op2' })),
  );
}

function runPm(editor: Editor, command: typeof splitBlock) {
  return command(editor.state, (tr) => editor.view.dispatch(tr));
}

describe('pid integrity on split', () => {
  it('keeps the pid on the first half and gives the second half a fresh one (Tiptap splitBlock)', () => {
    const editor = twoParagraphs();
    editor.commands.setTextSelection(posIn(editor, 1, 'Strengthen'.length));
    editor.commands.splitBlock();
    const [, first, second, third] = summarize(editor);
    expect(first).toMatchObject({ pid: 'op1', text: 'Strengthen' });
    expect(second?.text).toBe(' data collection');
    expect(second?.pid).not.toBe('op1');
    expect(third?.pid).toBe('op2');
    expectUniquePids(editor);
  });

  it('separates the duplicate that ProseMirror splitBlock creates by copying attributes', () => {
    const editor = twoParagraphs();
    editor.commands.setTextSelection(posIn(editor, 2, 4));
    expect(runPm(editor, splitBlock)).toBe(true);
    const blocks = summarize(editor);
    expect(blocks.map((b) => b.text)).toEqual(['Draft', 'Strengthen data collection', 'Save', ' lives']);
    expect(blocks[2]?.pid).toBe('op2');
    expect(blocks[3]?.pid).not.toBe('op2');
    expectUniquePids(editor);
  });
});

describe('pid integrity on merge', () => {
  it('keeps the first paragraph and its pid when joining backward', () => {
    const editor = twoParagraphs();
    editor.commands.setTextSelection(posIn(editor, 2, 0));
    expect(runPm(editor, joinBackward)).toBe(true);
    expect(summarize(editor).slice(1)).toEqual([{ type: OP, pid: 'op1', text: 'Strengthen data collectionSave lives' }]);
  });
});

describe('pid integrity on paste', () => {
  it('gives a pasted copy of a paragraph a fresh pid', () => {
    const editor = twoParagraphs();
    const copied = editor.state.doc.slice(posIn(editor, 1) - 1, posIn(editor, 2) - 1);
    editor.commands.setTextSelection(editor.state.doc.content.size);
    paste(editor, copied);
    const blocks = summarize(editor);
    expect(blocks.map((b) => b.text)).toContain('Strengthen data collection');
    expect(blocks.filter((b) => b.text === 'Strengthen data collection')).toHaveLength(2);
    expect(blocks[1]?.pid).toBe('op1');
    expectUniquePids(editor);
  });

  it('never revives the pid of a deleted paragraph when its copy is pasted back', () => {
    const editor = twoParagraphs();
    const from = posIn(editor, 2) - 1;
    const to = from + editor.state.doc.child(2).nodeSize;
    const copied = editor.state.doc.slice(from, to);
    editor.view.dispatch(editor.state.tr.delete(from, to));
    expect(allPids(editor)).toEqual(['op1']);
    editor.commands.setTextSelection(editor.state.doc.content.size);
    paste(editor, copied);
    expect(summarize(editor).map((b) => b.text)).toContain('Save lives');
    expect(allPids(editor)).not.toContain('op2');
    expectUniquePids(editor);
  });

  it('leaves pids of a dragged selection alone when the drag moves it', () => {
    const editor = twoParagraphs();
    const slice = editor.state.doc.slice(posIn(editor, 2) - 1, editor.state.doc.content.size);
    const plugin = pidIntegrityPlugin();
    const transformPasted = (view: never) => plugin.props.transformPasted!.call(plugin, slice, view, false);
    const moving = { dragging: { move: true, slice } } as never;
    const copying = { dragging: { move: false, slice } } as never;
    expect(transformPasted(moving).content.firstChild?.attrs.pid).toBe('op2');
    expect(transformPasted(copying).content.firstChild?.attrs.pid).not.toBe('op2');
  });
});

describe('pid integrity with undo and redo', () => {
  it('leaves no duplicate after undoing and redoing a split, and redo restores the same pids', () => {
    const editor = createTestEditor(documentOf(block(OP, 'Protect migrant workers', { pid: 'op1' })), { undoRedo: true });
    editor.commands.setTextSelection(posIn(editor, 0, 'Protect'.length));
    expect(runPm(editor, splitBlock)).toBe(true);
    const afterSplit = summarize(editor);
    expect(afterSplit.map((b) => b.pid)).toHaveLength(2);
    expectUniquePids(editor);

    expect(editor.commands.undo()).toBe(true);
    expect(summarize(editor)).toEqual([{ type: OP, pid: 'op1', text: 'Protect migrant workers' }]);

    expect(editor.commands.redo()).toBe(true);
    expect(summarize(editor)).toEqual(afterSplit);
    expectUniquePids(editor);
  });
});

describe('pid integrity on other changes', () => {
  it('only scans when the document changes, then repairs missing and repeated pids', () => {
    const editor = createTestEditor(documentOf(block(OP, 'One'), block(OP, 'Two', { pid: 'same' }), block(OP, 'Three', { pid: 'same' })));
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 2)));
    expect(summarize(editor).map((b) => b.pid)).toEqual([null, 'same', 'same']);

    editor.view.dispatch(editor.state.tr.insertText('x', 2));
    const pids = summarize(editor).map((b) => b.pid);
    expect(pids[0]).toBeTruthy();
    expect(pids[1]).toBe('same');
    expect(pids[2]).not.toBe('same');
    expectUniquePids(editor);
  });

  it('still catches structural changes after the document has been checked once', () => {
    const editor = twoParagraphs();
    editor.view.dispatch(editor.state.tr.insertText('x', posIn(editor, 1)));
    editor.view.dispatch(editor.state.tr.setNodeAttribute(posIn(editor, 2) - 1, 'pid', 'op1'));
    expect(summarize(editor)[1]?.pid).toBe('op1');
    expectUniquePids(editor);

    editor.commands.setTextSelection(posIn(editor, 0, 1));
    editor.commands.setDraftingBlock('operativeParagraph');
    expect(summarize(editor)[0]?.type).toBe(OP);
    expectUniquePids(editor);
  });

  it('repairs pids on demand with the ensurePids command', () => {
    const editor = createTestEditor(documentOf(block(OP, 'One', { pid: 'a' }), block(OP, 'Two', { pid: 'a' })));
    expect(editor.commands.ensurePids()).toBe(true);
    expectUniquePids(editor);
    expect(editor.commands.ensurePids()).toBe(false);
  });

  it('stays fast on a large document', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => block(OP, `Paragraph ${i}`, { pid: `p${i}` }));
    const editor = createTestEditor(documentOf(...paragraphs));
    const started = performance.now();
    for (let i = 0; i < 300; i++) editor.view.dispatch(editor.state.tr.insertText('a', posIn(editor, 1500)));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(editor.state.doc.child(1500).textContent).toBe(`${'a'.repeat(300)}Paragraph 1500`);
    expectUniquePids(editor);
  });
});
