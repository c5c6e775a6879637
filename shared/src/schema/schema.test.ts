import { assert, describe, expect, it } from 'vitest';
import { DOMSerializer, type Node as PMNode } from '@tiptap/pm/model';
import { getSchema } from '@tiptap/core';
import { NEGOTIABLE_NODE_TYPES, documentExtensions, documentSchema, newPid } from './index.ts';
import { createTestEditor } from './testEditor.ts';

const MODEL_NODES = [
  'doc',
  'text',
  'title',
  'sectionHeading',
  'preambularParagraph',
  'operativeParagraph',
  'subPoint',
  'briefSectionHeading',
  'briefParagraph',
];

// Minimal stand-in for the element a parse rule receives: only getAttribute is read.
function elementWith(attributes: Record<string, string>) {
  return { getAttribute: (name: string) => attributes[name] ?? null };
}

function nodeType(name: string) {
  const type = documentSchema.nodes[name];
  assert(type, `node type ${name}`);
  return type;
}

function renderSpec(node: PMNode) {
  const toDOM = DOMSerializer.nodesFromSchema(documentSchema)[node.type.name];
  assert(toDOM, `toDOM of ${node.type.name}`);
  return toDOM(node) as [string, Record<string, string>, number];
}

function parsedAttrs(typeName: string, attributes: Record<string, string>) {
  const rule = nodeType(typeName).spec.parseDOM?.find((r) => r.tag === `[data-type="${typeName}"]`);
  expect(rule, `parse rule for ${typeName}`).toBeDefined();
  return rule!.getAttrs!(elementWith({ 'data-type': typeName, ...attributes }));
}

describe('documentSchema', () => {
  it('holds exactly the node and mark names of the document model', () => {
    expect(Object.keys(documentSchema.nodes).sort()).toEqual([...MODEL_NODES].sort());
    expect(Object.keys(documentSchema.marks).sort()).toEqual(['bold', 'italic']);
    expect(documentSchema.topNodeType.name).toBe('doc');
  });

  it('lists as negotiable exactly the node types that carry a pid', () => {
    const withPid = Object.values(documentSchema.nodes)
      .filter((type) => 'pid' in (type.spec.attrs ?? {}))
      .map((type) => type.name);
    expect(withPid.sort()).toEqual([...NEGOTIABLE_NODE_TYPES].sort());
  });

  it('renders every block with data-type and data-pid, and parses them back', () => {
    for (const name of NEGOTIABLE_NODE_TYPES) {
      const node = nodeType(name).create({ pid: 'abc123xyz0' });
      const [, attrs] = renderSpec(node);
      expect(attrs['data-type']).toBe(name);
      expect(attrs['data-pid']).toBe('abc123xyz0');
      expect(parsedAttrs(name, { 'data-pid': 'abc123xyz0' })).toMatchObject({ pid: 'abc123xyz0' });
    }
    const [tag, titleAttrs] = renderSpec(nodeType('title').create());
    expect(tag).toBe('h1');
    expect(titleAttrs).toEqual({ 'data-type': 'title' });
  });

  it('keeps sub-point level and brief section kind through HTML', () => {
    const [, sub] = renderSpec(nodeType('subPoint').create({ pid: 'p1', level: 2 }));
    expect(sub['data-level']).toBe('2');
    expect(parsedAttrs('subPoint', { 'data-pid': 'p1', 'data-level': '2' })).toMatchObject({ level: 2 });
    expect(parsedAttrs('subPoint', { 'data-level': '7' })).toMatchObject({ level: 2 });

    const [, heading] = renderSpec(nodeType('briefSectionHeading').create({ pid: 'h1', kind: 'key-messages' }));
    expect(heading['data-kind']).toBe('key-messages');
    expect(parsedAttrs('briefSectionHeading', { 'data-kind': 'evidence' })).toMatchObject({ kind: 'evidence' });
    expect(parsedAttrs('briefSectionHeading', { 'data-kind': 'bogus' })).toMatchObject({ kind: 'other' });
  });

  it('reads a bare <p> as the configured plain paragraph type only', () => {
    const plainRuleOwners = (schema: typeof documentSchema) =>
      Object.values(schema.nodes)
        .filter((type) => type.spec.parseDOM?.some((rule) => rule.tag === 'p'))
        .map((type) => type.name);
    expect(plainRuleOwners(documentSchema)).toEqual(['operativeParagraph']);
    const briefSchema = getSchema(documentExtensions({ plainParagraphType: 'briefParagraph' }));
    expect(plainRuleOwners(briefSchema)).toEqual(['briefParagraph']);
  });

  it('starts an empty document with the plain paragraph type', () => {
    expect(documentSchema.topNodeType.createAndFill()?.firstChild?.type.name).toBe('operativeParagraph');
    const briefSchema = getSchema(documentExtensions({ plainParagraphType: 'briefParagraph' }));
    expect(briefSchema.topNodeType.createAndFill()?.firstChild?.type.name).toBe('briefParagraph');
    expect(createTestEditor().state.doc.firstChild?.type.name).toBe('operativeParagraph');
  });
});

describe('newPid', () => {
  it('makes 10-character base36 ids that do not repeat', () => {
    const ids = Array.from({ length: 5000 }, newPid);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{10}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
