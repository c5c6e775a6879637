import type { JSONContent } from '@tiptap/core';

export type BriefSectionKind = 'context' | 'key-messages' | 'recommendations' | 'evidence' | 'other';
export type SubPointLevel = 1 | 2;

const PID_LENGTH = 10;
const BASE36 = 36;
// The largest multiple of 36 below 256: bytes at or above it are redrawn so every digit is equally likely.
const UNBIASED_BYTE_LIMIT = 252;

/** A fresh paragraph id: 10 base36 characters from the platform's cryptographic random source. */
export function newPid(): string {
  let pid = '';
  while (pid.length < PID_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(PID_LENGTH))) {
      if (byte < UNBIASED_BYTE_LIMIT && pid.length < PID_LENGTH) pid += (byte % BASE36).toString(BASE36);
    }
  }
  return pid;
}

/**
 * Turns `plain *italic* plain` into ProseMirror text nodes.
 * An unmatched asterisk throws, so a typo in the seed text fails loudly instead of showing a stray `*`.
 */
export function inline(text: string): JSONContent[] {
  const parts = text.split(/\*([^*]+)\*/);
  const nodes: JSONContent[] = [];
  parts.forEach((part, index) => {
    if (part === '') return;
    const isItalic = index % 2 === 1;
    if (!isItalic && part.includes('*')) throw new Error(`Unbalanced italic marker in: ${text}`);
    nodes.push(isItalic ? { type: 'text', text: part, marks: [{ type: 'italic' }] } : { type: 'text', text: part });
  });
  if (nodes.length === 0) throw new Error('A block needs some text');
  return nodes;
}

export function title(text: string): JSONContent {
  return { type: 'title', content: inline(text) };
}

export function sectionHeading(text: string): JSONContent {
  return { type: 'sectionHeading', attrs: { pid: newPid() }, content: inline(text) };
}

export function pp(text: string): JSONContent {
  return { type: 'preambularParagraph', attrs: { pid: newPid() }, content: inline(text) };
}

/** An operative paragraph followed by its sub-points, which the schema keeps as flat siblings. */
export function op(text: string, subPoints: JSONContent[] = []): JSONContent[] {
  return [{ type: 'operativeParagraph', attrs: { pid: newPid() }, content: inline(text) }, ...subPoints];
}

export function sub(text: string, level: SubPointLevel = 1): JSONContent {
  return { type: 'subPoint', attrs: { pid: newPid(), level }, content: inline(text) };
}

export function briefSection(kind: BriefSectionKind, text: string): JSONContent {
  return { type: 'briefSectionHeading', attrs: { pid: newPid(), kind }, content: inline(text) };
}

export function bp(text: string): JSONContent {
  return { type: 'briefParagraph', attrs: { pid: newPid() }, content: inline(text) };
}

export function doc(...blocks: Array<JSONContent | JSONContent[]>): JSONContent {
  return { type: 'doc', content: blocks.flat() };
}
