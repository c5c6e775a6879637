import { assert, describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import { seededRandom } from '../diff/seeded-random.test-helper.ts';
import { documentSchema } from '../schema/index.ts';
import { block, createTestEditor, documentOf, posIn } from '../schema/testEditor.ts';
import { documentParagraphs, modelParagraphs } from './documentParagraphs.ts';
import { modelFromProsemirrorJSON } from './fromProsemirrorJSON.ts';
import { modelFromProsemirrorNode } from './fromProsemirrorNode.ts';
import { modelFromYDoc } from './fromYDoc.ts';
import type { DocumentModel } from './model.ts';
import { randomDocument } from './randomDocument.test-helper.ts';

const bold = { type: 'bold' };
const italic = { type: 'italic' };

const compact = documentOf(
  block('title', 'Global compact'),
  block('preambularParagraph', 'Recalling', { pid: 'pp1' }),
  block('sectionHeading', 'Objectives', { pid: 'h1' }),
  {
    type: 'operativeParagraph',
    attrs: { pid: 'op1' },
    content: [
      { type: 'text', text: 'Collect ' },
      { type: 'text', text: 'accurate', marks: [bold] },
      { type: 'text', text: ' and', marks: [italic, bold] },
      { type: 'text', text: ' timely', marks: [italic] },
      { type: 'text', text: ' data' },
    ],
  },
  block('subPoint', 'Statistics', { pid: 'a', level: 1 }),
  block('subPoint', 'on labour', { pid: 'i', level: 2 }),
  block('operativeParagraph', 'Without a pid'),
  block('operativeParagraph', 'Save lives', { pid: 'op2' }),
  block('subPoint', '', { pid: 'b' }),
);

/** Through a Y.Doc the way the server holds one: built from JSON, sent as an update, read on a replica. */
function yDocOf(json: JSONContent): Y.Doc {
  const source = prosemirrorJSONToYDoc(documentSchema, json, 'default');
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(source));
  return replica;
}

const adapters: Record<string, (json: JSONContent) => DocumentModel> = {
  'ProseMirror JSON': modelFromProsemirrorJSON,
  'ProseMirror node': (json) => modelFromProsemirrorNode(documentSchema.nodeFromJSON(json)),
  'Y.Doc': (json) => modelFromYDoc(yDocOf(json)),
};

describe('the document model', () => {
  it.each(Object.entries(adapters))('reads the same blocks, marks, levels and numbers from %s', (_name, adapter) => {
    expect(adapter(compact).blocks).toEqual([
      {
        pid: null,
        type: 'title',
        level: null,
        number: null,
        margin: null,
        text: 'Global compact',
        runs: [{ text: 'Global compact', marks: [] }],
      },
      {
        pid: 'pp1',
        type: 'preambularParagraph',
        level: null,
        number: 'PP1',
        margin: 'PP1',
        text: 'Recalling',
        runs: [{ text: 'Recalling', marks: [] }],
      },
      {
        pid: 'h1',
        type: 'sectionHeading',
        level: null,
        number: null,
        margin: null,
        text: 'Objectives',
        runs: [{ text: 'Objectives', marks: [] }],
      },
      {
        pid: 'op1',
        type: 'operativeParagraph',
        level: null,
        number: 'OP1',
        margin: '1.',
        text: 'Collect accurate and timely data',
        runs: [
          { text: 'Collect ', marks: [] },
          { text: 'accurate', marks: ['bold'] },
          { text: ' and', marks: ['bold', 'italic'] },
          { text: ' timely', marks: ['italic'] },
          { text: ' data', marks: [] },
        ],
      },
      {
        pid: 'a',
        type: 'subPoint',
        level: 1,
        number: 'OP1(a)',
        margin: '(a)',
        text: 'Statistics',
        runs: [{ text: 'Statistics', marks: [] }],
      },
      {
        pid: 'i',
        type: 'subPoint',
        level: 2,
        number: 'OP1(a)(i)',
        margin: '(i)',
        text: 'on labour',
        runs: [{ text: 'on labour', marks: [] }],
      },
      {
        pid: null,
        type: 'operativeParagraph',
        level: null,
        number: null,
        margin: null,
        text: 'Without a pid',
        runs: [{ text: 'Without a pid', marks: [] }],
      },
      {
        pid: 'op2',
        type: 'operativeParagraph',
        level: null,
        number: 'OP2',
        margin: '2.',
        text: 'Save lives',
        runs: [{ text: 'Save lives', marks: [] }],
      },
      { pid: 'b', type: 'subPoint', level: 1, number: 'OP2(a)', margin: '(a)', text: '', runs: [] },
    ]);
  });

  it('agrees across all three sources on random documents, and numbers them as documentParagraphs does', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const json = randomDocument(seededRandom(seed));
      const [fromJSON, ...others] = Object.values(adapters).map((adapter) => adapter(json));
      assert(fromJSON, 'a model from JSON');
      for (const other of others) expect(other).toEqual(fromJSON);
      expect(modelParagraphs(fromJSON)).toEqual(documentParagraphs(json));
      for (const block of fromJSON.blocks) {
        expect(block.runs.map((run) => run.text).join('')).toBe(block.text);
        expect(block.runs.every((run) => run.text.length > 0)).toBe(true);
        block.runs.slice(1).forEach((run, i) => expect(run.marks).not.toEqual(block.runs[i]?.marks));
      }
    }
  });

  it('reads a Y.Doc edited in place (text typed, formatted and deleted in pieces) as its ProseMirror JSON reads', () => {
    const MARKS = ['bold', 'italic'];
    for (let seed = 1; seed <= 100; seed++) {
      const random = seededRandom(seed);
      const doc = yDocOf(randomDocument(random));
      const texts = doc
        .getXmlFragment('default')
        .toArray()
        .flatMap((element) =>
          element instanceof Y.XmlElement ? element.toArray().filter((child): child is Y.XmlText => child instanceof Y.XmlText) : [],
        );
      for (let step = 0; step < 20 && texts.length > 0; step++) {
        const text = random.pick(texts);
        const at = random.int(text.length + 1);
        const span = random.int(text.length - at + 1);
        const choice = random.int(3);
        if (choice === 0) text.insert(at, random.pick(['new ', 'x', ' words']), random.next() < 0.5 ? { [random.pick(MARKS)]: {} } : {});
        else if (choice === 1) text.format(at, span, { [random.pick(MARKS)]: random.next() < 0.7 ? {} : null });
        else text.delete(at, span);
      }
      expect(modelFromYDoc(doc)).toEqual(modelFromProsemirrorJSON(yDocToProsemirrorJSON(doc, 'default')));
    }
  });

  it('follows the live editor: marks toggled on part of a paragraph read the same from the node, its JSON and a Y.Doc', () => {
    const editor = createTestEditor(compact);
    const start = posIn(editor, 1);
    editor
      .chain()
      .setTextSelection({ from: start, to: start + 'Recall'.length })
      .toggleItalic()
      .run();
    const fromNode = modelFromProsemirrorNode(editor.state.doc);
    expect(fromNode.blocks[1]?.runs).toEqual([
      { text: 'Recall', marks: ['italic'] },
      { text: 'ing', marks: [] },
    ]);
    expect(fromNode).toEqual(modelFromProsemirrorJSON(editor.getJSON()));
    expect(fromNode).toEqual(modelFromYDoc(yDocOf(editor.getJSON())));
  });

  it('drops marks the model does not know and text standing at the root', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('default');
    const paragraph = new Y.XmlElement('operativeParagraph');
    const text = new Y.XmlText();
    fragment.insert(0, [new Y.XmlText('stray'), paragraph]);
    paragraph.setAttribute('pid', 'op1');
    paragraph.insert(0, [text]);
    text.insert(0, 'plain ');
    text.insert(6, 'struck', { strike: {} });
    text.insert(12, ' bold', { 'bold--x1': {} });
    expect(modelFromYDoc(doc).blocks).toEqual([
      {
        pid: 'op1',
        type: 'operativeParagraph',
        level: null,
        number: 'OP1',
        margin: '1.',
        text: 'plain struck bold',
        runs: [
          { text: 'plain struck', marks: [] },
          { text: ' bold', marks: ['bold'] },
        ],
      },
    ]);
  });
});
