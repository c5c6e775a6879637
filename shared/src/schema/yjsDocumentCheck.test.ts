import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { documentSchema } from './index.ts';
import { block, documentOf } from './testEditor.ts';
import { checkCollaborationDocument } from './yjsDocumentCheck.ts';

function sampleDoc(): Y.Doc {
  const json = documentOf(
    block('title', 'Compact'),
    block('preambularParagraph', 'Recalling the Declaration', { pid: 'pp00000001' }),
    {
      type: 'operativeParagraph',
      attrs: { pid: 'op00000001' },
      content: [
        { type: 'text', text: 'We ' },
        { type: 'text', text: 'commit', marks: [{ type: 'bold' }] },
      ],
    },
    block('subPoint', 'Improve data', { pid: 'sp00000001', level: 1 }),
  );
  return prosemirrorJSONToYDoc(documentSchema, json, 'default');
}

const check = (doc: Y.Doc) => checkCollaborationDocument(documentSchema, doc.getXmlFragment('default'));

function element(name: string, attributes: Record<string, string>, text = 'Words') {
  const el = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  const run = new Y.XmlText();
  run.insert(0, text);
  el.insert(0, [run]);
  return el;
}

describe('checkCollaborationDocument', () => {
  it('accepts a document the editor wrote', () => {
    expect(check(sampleDoc())).toBeNull();
  });

  it('refuses text at the root', () => {
    const doc = sampleDoc();
    doc.getXmlFragment('default').insert(1, [new Y.XmlText('loose')]);
    expect(check(doc)).toMatch(/text cannot stand at the root/);
  });

  it('refuses an unknown block type and the doc node itself as a block', () => {
    const doc = sampleDoc();
    doc.getXmlFragment('default').insert(1, [element('script', {})]);
    expect(check(doc)).toMatch(/unknown block type/);
    const other = sampleDoc();
    other.getXmlFragment('default').insert(1, [element('doc', {})]);
    expect(check(other)).toMatch(/unknown block type/);
  });

  it('refuses a paragraph without a pid, with an empty pid, and a pid used twice', () => {
    const missing = sampleDoc();
    missing.getXmlFragment('default').insert(2, [element('operativeParagraph', {})]);
    expect(check(missing)).toMatch(/needs a pid/);
    const empty = sampleDoc();
    empty.getXmlFragment('default').insert(2, [element('operativeParagraph', { pid: '' })]);
    expect(check(empty)).toMatch(/needs a pid/);
    const twice = sampleDoc();
    twice.getXmlFragment('default').insert(2, [element('operativeParagraph', { pid: 'op00000001' })]);
    expect(check(twice)).toMatch(/used twice/);
  });

  it('refuses a pid removed from an existing paragraph', () => {
    const doc = sampleDoc();
    const op = doc.getXmlFragment('default').get(2) as Y.XmlElement;
    op.removeAttribute('pid');
    expect(check(doc)).toMatch(/needs a pid/);
  });

  it('refuses attributes on the text of a block: data hidden from every reader', () => {
    const doc = sampleDoc();
    const text = (doc.getXmlFragment('default').get(2) as Y.XmlElement).get(0) as Y.XmlText;
    text.setAttribute('hidden', 'payload');
    expect(check(doc)).toMatch(/text carries attributes/);
  });

  it('refuses unknown attributes, nested elements, embeds and unknown marks inside a block', () => {
    const attr = sampleDoc();
    (attr.getXmlFragment('default').get(1) as Y.XmlElement).setAttribute('onclick', 'x');
    expect(check(attr)).toMatch(/unknown attribute/);

    const nested = sampleDoc();
    (nested.getXmlFragment('default').get(1) as Y.XmlElement).insert(0, [element('subPoint', { pid: 'zz' })]);
    expect(check(nested)).toMatch(/only text/);

    const embed = sampleDoc();
    const run = (embed.getXmlFragment('default').get(1) as Y.XmlElement).get(0) as Y.XmlText;
    run.insertEmbed(0, { image: 'x' });
    expect(check(embed)).toMatch(/embedded/);

    const mark = sampleDoc();
    ((mark.getXmlFragment('default').get(1) as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { blink: {} });
    expect(check(mark)).toMatch(/unknown formatting/);
  });

  it('reads mark names as the editor binding does: only an 8-character hash after "--" is stripped', () => {
    const run = (doc: Y.Doc) => (doc.getXmlFragment('default').get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const hashed = sampleDoc();
    run(hashed).format(0, 3, { 'bold--AbCd12+/': true });
    expect(check(hashed)).toBeNull();
    for (const name of ['bold--evil', 'bold--x--AbCd12+/', '--AbCd12+/']) {
      const doc = sampleDoc();
      run(doc).format(0, 3, { [name]: true });
      expect(check(doc)).toMatch(/unknown formatting/);
    }
  });

  it('refuses attributes and formatting named __proto__, which would pass their keys off as the real ones', () => {
    const attribute = sampleDoc();
    attribute.getXmlFragment('default').insert(2, [element('operativeParagraph', {})]);
    (attribute.getXmlFragment('default').get(2) as Y.XmlElement).setAttribute('__proto__', { pid: 'op00000009' } as never);
    expect(check(attribute)).toMatch(/unknown attribute "__proto__"/);

    const formatting = sampleDoc();
    ((formatting.getXmlFragment('default').get(1) as Y.XmlElement).get(0) as Y.XmlText).format(
      0,
      3,
      JSON.parse('{"__proto__": {"blink": true}}'),
    );
    expect(check(formatting)).toMatch(/unknown formatting "__proto__"/);
  });

  it('refuses a sub-point level or a section kind outside the document model', () => {
    const subPoint = (doc: Y.Doc) => doc.getXmlFragment('default').get(3) as Y.XmlElement;
    for (const level of ['2', 0, 3, 1.5]) {
      const doc = sampleDoc();
      subPoint(doc).setAttribute('level', level as never);
      expect(check(doc)).toMatch(/attribute "level" has an invalid value/);
    }
    const deeper = sampleDoc();
    subPoint(deeper).setAttribute('level', 2 as never);
    expect(check(deeper)).toBeNull();

    const brief = sampleDoc();
    brief.getXmlFragment('default').insert(1, [element('briefSectionHeading', { pid: 'bs00000001', kind: 'context' })]);
    expect(check(brief)).toBeNull();
    (brief.getXmlFragment('default').get(1) as Y.XmlElement).setAttribute('kind', 'gossip');
    expect(check(brief)).toMatch(/attribute "kind" has an invalid value/);
  });

  it('looks inside only the touched blocks when told which', () => {
    const doc = sampleDoc();
    const pp = doc.getXmlFragment('default').get(1) as Y.XmlElement;
    (pp.get(0) as Y.XmlText).format(0, 3, { blink: {} });
    const op = doc.getXmlFragment('default').get(2) as Y.XmlElement;
    expect(checkCollaborationDocument(documentSchema, doc.getXmlFragment('default'), new Set([op]))).toBeNull();
    expect(checkCollaborationDocument(documentSchema, doc.getXmlFragment('default'), new Set([pp]))).toMatch(/unknown formatting/);
  });
});
