import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import { documentSchema } from './index.ts';
import { block, createTestEditor, documentOf, summarize } from './testEditor.ts';

const compact = documentOf(
  block('title', 'Global compact for safe, orderly and regular migration'),
  block('preambularParagraph', 'Recalling the New York Declaration', { pid: 'pp00000001' }),
  block('sectionHeading', 'Objectives and commitments', { pid: 'sh00000001' }),
  {
    type: 'operativeParagraph',
    attrs: { pid: 'op00000001' },
    content: [
      { type: 'text', text: 'We commit to ' },
      { type: 'text', text: 'collect', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' data', marks: [{ type: 'italic' }] },
    ],
  },
  block('subPoint', 'Improve statistics', { pid: 'sp00000001', level: 1 }),
  block('subPoint', 'on remittances', { pid: 'sp00000002', level: 2 }),
  block('briefSectionHeading', 'Key messages', { pid: 'bh00000001', kind: 'key-messages' }),
  block('briefParagraph', 'Remittances exceed official aid', { pid: 'bp00000001' }),
);

describe('Y.Doc round trip', () => {
  it('keeps every type, pid, level, kind and mark through a Y.Doc and its encoded update', () => {
    const source = prosemirrorJSONToYDoc(documentSchema, compact, 'default');
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(source));

    const json = yDocToProsemirrorJSON(replica, 'default');
    const expected = documentSchema.nodeFromJSON(compact);
    expect(documentSchema.nodeFromJSON(json).eq(expected)).toBe(true);

    const editor = createTestEditor(json);
    expect(summarize(editor).map(({ type, pid, level }) => [type, pid, level])).toEqual([
      ['title', null, undefined],
      ['preambularParagraph', 'pp00000001', undefined],
      ['sectionHeading', 'sh00000001', undefined],
      ['operativeParagraph', 'op00000001', undefined],
      ['subPoint', 'sp00000001', 1],
      ['subPoint', 'sp00000002', 2],
      ['briefSectionHeading', 'bh00000001', undefined],
      ['briefParagraph', 'bp00000001', undefined],
    ]);
    expect(editor.state.doc.child(6).attrs.kind).toBe('key-messages');
  });
});
