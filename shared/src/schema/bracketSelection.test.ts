import { describe, expect, it } from 'vitest';
import { block, createTestEditor, documentOf, posIn, pressKey, summarize } from './testEditor.ts';
import { BRACKET_SHORTCUT } from './draftingKeymap.ts';

function compact() {
  return createTestEditor(
    documentOf(
      block('title', 'Global compact'),
      block('operativeParagraph', 'States shall cooperate', { pid: 'op1' }),
      block('operativeParagraph', 'We review progress', { pid: 'op2' }),
    ),
  );
}

/** Types at the caret, as the keyboard would. */
function type(editor: ReturnType<typeof compact>, text: string): void {
  editor.view.dispatch(editor.state.tr.insertText(text));
}

describe('bracketSelection', () => {
  it('wraps the selected words in literal brackets and keeps them selected', () => {
    const editor = compact();
    editor.commands.setTextSelection({ from: posIn(editor, 1, 7), to: posIn(editor, 1, 12) });
    expect(editor.commands.bracketSelection()).toBe(true);
    expect(summarize(editor)[1]).toEqual({ type: 'operativeParagraph', pid: 'op1', text: 'States [shall] cooperate' });
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('shall');
  });

  it('types [] with the caret between them when nothing is selected', () => {
    const editor = compact();
    editor.commands.setTextSelection(posIn(editor, 1, 6));
    editor.commands.bracketSelection();
    type(editor, 'alone');
    expect(summarize(editor)[1]?.text).toBe('States[alone] shall cooperate');
  });

  it('brackets an alternative next to a bracketed word, and inside brackets', () => {
    const editor = compact();
    editor.commands.setTextSelection({ from: posIn(editor, 1, 7), to: posIn(editor, 1, 12) });
    editor.commands.bracketSelection();
    editor.commands.setTextSelection(posIn(editor, 1, 14));
    editor.commands.bracketSelection();
    type(editor, 'should');
    expect(summarize(editor)[1]?.text).toBe('States [shall][should] cooperate');
    editor.commands.setTextSelection({ from: posIn(editor, 1, 8), to: posIn(editor, 1, 13) });
    editor.commands.bracketSelection();
    expect(summarize(editor)[1]?.text).toBe('States [[shall]][should] cooperate');
  });

  it('refuses a selection across paragraphs and changes nothing', () => {
    const editor = compact();
    editor.commands.setTextSelection({ from: posIn(editor, 1, 7), to: posIn(editor, 2, 2) });
    const before = summarize(editor);
    expect(editor.can().bracketSelection()).toBe(false);
    expect(editor.commands.bracketSelection()).toBe(false);
    expect(summarize(editor)).toEqual(before);
  });

  it('answers to the drafting shortcut', () => {
    const editor = compact();
    editor.commands.setTextSelection({ from: posIn(editor, 2, 3), to: posIn(editor, 2, 9) });
    expect(pressKey(editor, BRACKET_SHORTCUT)).toBe(true);
    expect(summarize(editor)[2]?.text).toBe('We [review] progress');
  });
});
