import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Fragment, Slice } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { splitBlock } from '@tiptap/pm/commands';
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { documentSchema, pidIntegrityPlugin } from './index.ts';
import { block, documentOf } from './testEditor.ts';

/**
 * One editor bound to a Y.Doc the way y-tiptap's sync plugin binds it (without a DOM view): local states are
 * written into the fragment, remote fragment changes replace the whole document.
 */
class BoundEditor {
  readonly fragment: Y.XmlFragment;
  readonly origin = { editor: true };
  private readonly meta = { mapping: new Map(), isOMark: new Map() };
  state: EditorState;

  constructor(readonly ydoc: Y.Doc) {
    this.fragment = ydoc.getXmlFragment('default');
    const doc = yXmlFragmentToProseMirrorRootNode(this.fragment, documentSchema);
    this.state = EditorState.create({ doc, plugins: [pidIntegrityPlugin()] });
    this.fragment.observeDeep((_events, transaction) => {
      if (transaction.origin !== this.origin) this.pullRemote();
    });
  }

  dispatch = (tr: Transaction) => {
    this.state = this.state.apply(tr);
    this.ydoc.transact(() => updateYFragment(this.ydoc, this.fragment, this.state.doc, this.meta), this.origin);
  };

  private pullRemote() {
    const doc = yXmlFragmentToProseMirrorRootNode(this.fragment, documentSchema);
    const tr = this.state.tr.replace(0, this.state.doc.content.size, new Slice(Fragment.from(doc.content), 0, 0));
    this.state = this.state.apply(tr);
    // Repairs made by the pid plugin are local changes: write them back, as the sync plugin does.
    if (!this.state.doc.eq(doc)) this.dispatch(this.state.tr);
  }

  blocks() {
    const out: [string | null, string][] = [];
    this.state.doc.forEach((node) => out.push([node.attrs.pid ?? null, node.textContent]));
    return out;
  }

  splitAt(index: number, offset: number) {
    let pos = 1 + offset;
    for (let i = 0; i < index; i++) pos += this.state.doc.child(i).nodeSize;
    this.dispatch(this.state.tr.setSelection(TextSelection.create(this.state.doc, pos)));
    splitBlock(this.state, this.dispatch);
  }
}

function expectUnique(editor: BoundEditor) {
  const pids = editor.blocks().map(([pid]) => pid);
  expect(pids.every(Boolean)).toBe(true);
  expect(new Set(pids).size).toBe(pids.length);
}

const seed = documentOf(
  block('operativeParagraph', 'Protect migrant workers', { pid: 'op1' }),
  block('operativeParagraph', 'Save lives', { pid: 'op2' }),
);

describe('pids with a Y.Doc', () => {
  it('survive Yjs undo and redo of a split without duplicates', () => {
    const editor = new BoundEditor(prosemirrorJSONToYDoc(documentSchema, seed, 'default'));
    const undo = new Y.UndoManager(editor.fragment, { trackedOrigins: new Set([editor.origin]) });
    editor.splitAt(0, 'Protect'.length);
    const afterSplit = editor.blocks();
    expect(afterSplit.map(([, text]) => text)).toEqual(['Protect', ' migrant workers', 'Save lives']);
    expect(afterSplit[0]?.[0]).toBe('op1');
    expectUnique(editor);

    undo.stopCapturing();
    undo.undo();
    expect(editor.blocks()).toEqual([
      ['op1', 'Protect migrant workers'],
      ['op2', 'Save lives'],
    ]);

    undo.redo();
    expect(editor.blocks()).toEqual(afterSplit);
    expectUnique(editor);
  });

  it('stay unique when two replicas split the same paragraph concurrently', () => {
    const a = new BoundEditor(prosemirrorJSONToYDoc(documentSchema, seed, 'default'));
    const bDoc = new Y.Doc();
    Y.applyUpdate(bDoc, Y.encodeStateAsUpdate(a.ydoc));
    const b = new BoundEditor(bDoc);

    a.splitAt(0, 'Protect'.length);
    b.splitAt(0, 'Protect migrant'.length);
    Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
    Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc));

    expect(a.blocks()).toEqual(b.blocks());
    expectUnique(a);
    expect(a.blocks()[0]?.[0]).toBe('op1');
  });
});
