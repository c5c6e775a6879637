import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { documentSchema } from './index.ts';
import { block, documentOf } from './testEditor.ts';
import { lockedBlockChange, lockedFingerprints } from './lockedBlocks.ts';

const LOCKED = new Set(['op00000002']);

function sampleDoc(): Y.Doc {
  const json = documentOf(
    block('title', 'Compact'),
    block('operativeParagraph', 'We commit to cooperate.', { pid: 'op00000001' }),
    block('operativeParagraph', 'We [shall][should] protect migrants.', { pid: 'op00000002' }),
    block('operativeParagraph', 'We review progress.', { pid: 'op00000003' }),
  );
  return prosemirrorJSONToYDoc(documentSchema, json, 'default');
}

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment('default');
const blockWithPid = (doc: Y.Doc, pid: string) =>
  fragmentOf(doc)
    .toArray()
    .find((b): b is Y.XmlElement => b instanceof Y.XmlElement && b.getAttribute('pid') === pid)!;
const textOf = (el: Y.XmlElement) => el.get(0) as Y.XmlText;

/** Fingerprints before `change`, then the verdict on the document after it. */
function verdict(change: (doc: Y.Doc) => void): string | null {
  const doc = sampleDoc();
  const before = lockedFingerprints(fragmentOf(doc), LOCKED);
  change(doc);
  return lockedBlockChange(fragmentOf(doc), before);
}

describe('locked blocks', () => {
  it('lets every other paragraph change, and a locked one stay as it is', () => {
    expect(verdict(() => {})).toBeNull();
    expect(verdict((doc) => textOf(blockWithPid(doc, 'op00000001')).insert(0, 'Today '))).toBeNull();
    expect(verdict((doc) => fragmentOf(doc).delete(3, 1))).toBeNull();
  });

  it('refuses a change of the text or of its formatting', () => {
    expect(verdict((doc) => textOf(blockWithPid(doc, 'op00000002')).insert(3, 'all '))).toMatch(/may not be changed/);
    expect(verdict((doc) => textOf(blockWithPid(doc, 'op00000002')).format(0, 2, { bold: {} }))).toMatch(/may not be changed/);
  });

  it('refuses a change of an attribute or of the block type', () => {
    expect(verdict((doc) => blockWithPid(doc, 'op00000002').setAttribute('level', '2'))).toMatch(/may not be changed/);
    expect(
      verdict((doc) => {
        const fragment = fragmentOf(doc);
        const replacement = new Y.XmlElement('preambularParagraph');
        replacement.setAttribute('pid', 'op00000002');
        replacement.insert(0, [new Y.XmlText('We [shall][should] protect migrants.')]);
        fragment.delete(2, 1);
        fragment.insert(2, [replacement]);
      }),
    ).toMatch(/may not be changed/);
  });

  it('refuses the block deleted and written again word for word', () => {
    expect(
      verdict((doc) => {
        const fragment = fragmentOf(doc);
        const copy = new Y.XmlElement('operativeParagraph');
        copy.setAttribute('pid', 'op00000002');
        copy.insert(0, [new Y.XmlText('We [shall][should] protect migrants.')]);
        fragment.delete(2, 1);
        fragment.insert(2, [copy]);
      }),
    ).toMatch(/may not be changed/);
  });

  it('refuses a deletion, a merge and a split', () => {
    expect(verdict((doc) => fragmentOf(doc).delete(2, 1))).toMatch(/deleted or merged/);
    expect(
      verdict((doc) => {
        // A merge into the paragraph before: its text grows, the agreed block goes.
        textOf(blockWithPid(doc, 'op00000001')).insert(23, ' We [shall][should] protect migrants.');
        fragmentOf(doc).delete(2, 1);
      }),
    ).toMatch(/deleted or merged/);
    expect(
      verdict((doc) => {
        textOf(blockWithPid(doc, 'op00000002')).delete(20, 16);
        const rest = new Y.XmlElement('operativeParagraph');
        rest.setAttribute('pid', 'op00000009');
        rest.insert(0, [new Y.XmlText('protect migrants.')]);
        fragmentOf(doc).insert(3, [rest]);
      }),
    ).toMatch(/may not be changed/);
  });

  it('refuses a second block claiming the locked pid', () => {
    const doc = sampleDoc();
    const before = lockedFingerprints(fragmentOf(doc), LOCKED);
    const copy = new Y.XmlElement('operativeParagraph');
    copy.setAttribute('pid', 'op00000002');
    copy.insert(0, [new Y.XmlText('We [shall][should] protect migrants.')]);
    fragmentOf(doc).insert(4, [copy]);
    expect(lockedBlockChange(fragmentOf(doc), before)).toMatch(/may not be split/);
  });

  it('compares only the blocks it is told were touched', () => {
    const doc = sampleDoc();
    const before = lockedFingerprints(fragmentOf(doc), LOCKED);
    textOf(blockWithPid(doc, 'op00000002')).insert(0, 'Now ');
    expect(lockedBlockChange(fragmentOf(doc), before, new Set([blockWithPid(doc, 'op00000001')]))).toBeNull();
    expect(lockedBlockChange(fragmentOf(doc), before, new Set([blockWithPid(doc, 'op00000002')]))).toMatch(/may not be changed/);
  });

  it('takes no fingerprint when nothing is locked', () => {
    expect(lockedFingerprints(fragmentOf(sampleDoc()), new Set()).size).toBe(0);
  });

  it('locks the sub-points of an agreed paragraph with it: no edit, addition, move or removal', () => {
    const withSubPoints = () =>
      prosemirrorJSONToYDoc(
        documentSchema,
        documentOf(
          block('title', 'Compact'),
          block('operativeParagraph', 'We commit to:', { pid: 'op00000002' }),
          block('subPoint', 'collect data;', { pid: 'sp00000001', level: 1 }),
          block('subPoint', 'share it.', { pid: 'sp00000002', level: 1 }),
          block('operativeParagraph', 'We review progress.', { pid: 'op00000003' }),
          block('subPoint', 'every year.', { pid: 'sp00000003', level: 1 }),
        ),
        'default',
      );
    const judge = (change: (doc: Y.Doc) => void) => {
      const doc = withSubPoints();
      const before = lockedFingerprints(fragmentOf(doc), LOCKED);
      change(doc);
      return lockedBlockChange(fragmentOf(doc), before);
    };
    const subPoint = (pid: string) => {
      const element = new Y.XmlElement('subPoint');
      element.setAttribute('pid', pid);
      element.setAttribute('level', 1 as unknown as string);
      element.insert(0, [new Y.XmlText('added;')]);
      return element;
    };
    expect(judge((doc) => textOf(blockWithPid(doc, 'sp00000001')).insert(0, 'better '))).toMatch(/may not be changed/);
    expect(judge((doc) => fragmentOf(doc).insert(3, [subPoint('sp00000009')]))).toMatch(/sub-points .* may not be added/);
    expect(judge((doc) => fragmentOf(doc).delete(3, 1))).toMatch(/may not be (added|deleted)/);
    // The sub-points of a paragraph that is not agreed stay free.
    expect(judge((doc) => textOf(blockWithPid(doc, 'sp00000003')).insert(0, 'at least '))).toBeNull();
    expect(judge((doc) => fragmentOf(doc).insert(6, [subPoint('sp00000010')]))).toBeNull();
  });
});
