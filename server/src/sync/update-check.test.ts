import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { documentSchema, lockedFingerprints } from '@plenary/shared/schema/index';
import { FRAGMENT, refusalOfTransaction } from './update-check.ts';

const paragraph = (pid: string, text: string) => ({ type: 'operativeParagraph', attrs: { pid }, content: [{ type: 'text', text }] });

function compact(count: number): Y.Doc {
  const content = Array.from({ length: count }, (_, i) => paragraph(`op${String(i).padStart(8, '0')}`, `Paragraph ${i} of the text.`));
  return prosemirrorJSONToYDoc(documentSchema, { type: 'doc', content }, FRAGMENT);
}

const block = (doc: Y.Doc, index: number) => doc.getXmlFragment(FRAGMENT).get(index) as Y.XmlElement;
const textOf = (doc: Y.Doc, index: number) => block(doc, index).get(0) as Y.XmlText;

/** What the check says of the transaction `change` makes, against the agreed paragraphs `lockedPids`. */
function verdict(doc: Y.Doc, change: () => void, lockedPids: string[] = []): string | null {
  const locked = lockedFingerprints(doc.getXmlFragment(FRAGMENT), new Set(lockedPids));
  let result: string | null = 'no transaction';
  const check = (transaction: Y.Transaction) => (result = refusalOfTransaction(doc, transaction, locked));
  doc.on('afterTransaction', check);
  doc.transact(change);
  doc.off('afterTransaction', check);
  return result;
}

describe('refusalOfTransaction', () => {
  it('accepts typing, and still refuses what typing can smuggle into a block: an embed, an unknown mark', () => {
    const doc = compact(5);
    expect(verdict(doc, () => textOf(doc, 2).insert(3, 'x'))).toBeNull();
    expect(verdict(doc, () => textOf(doc, 2).insertEmbed(0, { image: 'x' }))).toMatch(/^Block 3 .*embedded objects/);
    expect(verdict(doc, () => textOf(doc, 1).format(0, 4, { blink: true }))).toMatch(/^Block 2 .*unknown formatting "blink"/);
  });

  it('refuses attributes on a text, an element inside a paragraph, and formatting named __proto__', () => {
    const doc = compact(5);
    expect(verdict(doc, () => textOf(doc, 0).setAttribute('hidden', 'x'))).toMatch(/^Block 1 .*text carries attributes/);
    expect(verdict(doc, () => block(doc, 1).insert(1, [new Y.XmlElement('paragraph')]))).toMatch(/^Block 2 .*only text may stand/);
    const protoKey = JSON.parse('{"__proto__": {"bold": true}}') as Record<string, unknown>;
    expect(verdict(doc, () => textOf(doc, 2).format(0, 3, protoKey))).toMatch(/^Block 3 .*unknown formatting "__proto__"/);
  });

  it('reads only what a keystroke inserted, not the rest of its paragraph', () => {
    const doc = compact(3);
    // An embed the check never saw (as an old log might hold one): typing elsewhere in the paragraph is judged alone.
    textOf(doc, 1).insertEmbed(0, { image: 'x' });
    expect(verdict(doc, () => textOf(doc, 1).insert(5, 'typed'))).toBeNull();
    expect(verdict(doc, () => textOf(doc, 1).insertEmbed(8, { image: 'y' }))).toMatch(/embedded objects/);
  });

  it('refuses an attribute change that makes a pid used twice, however few blocks it touches', () => {
    const doc = compact(5);
    expect(verdict(doc, () => block(doc, 4).setAttribute('pid', 'op00000001'))).toMatch(/pid op00000001 is used twice/);
  });

  it('reads only the touched block for typing, and the whole top level for a change of structure', () => {
    const doc = compact(200);
    // A duplicate pid the check did not see being made (written outside any check, as an old log might hold it).
    block(doc, 150).setAttribute('pid', 'op00000007');
    expect(verdict(doc, () => textOf(doc, 3).insert(0, 'Typing: '))).toBeNull();
    const added = new Y.XmlElement('operativeParagraph');
    added.setAttribute('pid', 'opnew00001');
    expect(verdict(doc, () => doc.getXmlFragment(FRAGMENT).insert(10, [added]))).toMatch(/pid op00000007 is used twice/);
  });

  it('refuses typing into an agreed paragraph and its deletion, and lets the others be edited', () => {
    const doc = compact(5);
    const agreed = ['op00000002'];
    expect(verdict(doc, () => textOf(doc, 2).insert(0, 'Changed '), agreed)).toMatch(/agreed paragraph op00000002 may not be changed/);
    expect(verdict(doc, () => textOf(doc, 3).insert(0, 'Free '), agreed)).toBeNull();
    expect(verdict(doc, () => doc.getXmlFragment(FRAGMENT).delete(2, 1), agreed)).toMatch(/op00000002 may not be deleted/);
  });
});
