import type { JSONContent } from '@tiptap/core';
import { blockIdentity } from './blockIdentity.ts';
import type { DocumentModel, UnnumberedBlock } from './model.ts';
import { numberedModel } from './numberedModel.ts';
import { TextRunCollector } from './textRuns.ts';

/** The document model of ProseMirror JSON (what `editor.getJSON()` and the seed files hold). */
export function modelFromProsemirrorJSON(json: JSONContent): DocumentModel {
  return numberedModel((json.content ?? []).map(blockFromProsemirrorJSON));
}

/** One top-level block of ProseMirror JSON, not yet numbered. */
export function blockFromProsemirrorJSON(node: JSONContent): UnnumberedBlock {
  const type = node.type ?? '';
  const runs = new TextRunCollector();
  collectText(node, runs);
  return { ...blockIdentity(type, (name) => node.attrs?.[name]), type, runs: runs.runs, text: runs.text };
}

function collectText(node: JSONContent, runs: TextRunCollector): void {
  if (typeof node.text === 'string')
    runs.add(
      node.text,
      (node.marks ?? []).map((mark) => mark.type),
    );
  for (const child of node.content ?? []) collectText(child, runs);
}
