// Helpers for tests that drive a real headless editor. Not used by application code.
import { Editor, getSchema, type JSONContent } from '@tiptap/core';
import type { Slice } from '@tiptap/pm/model';
import { documentExtensions, type DocumentExtensionsOptions } from './index.ts';

// Tiptap's core keymap reads `navigator`, which Node only provides from version 21 on.
if (!('navigator' in globalThis)) {
  Object.defineProperty(globalThis, 'navigator', { value: { platform: process.platform, userAgent: 'Node.js' } });
}

export function block(type: string, text = '', attrs: Record<string, unknown> = {}): JSONContent {
  return { type, attrs, content: text ? [{ type: 'text', text }] : [] };
}

export function documentOf(...blocks: JSONContent[]): JSONContent {
  return { type: 'doc', content: blocks };
}

/** A headless editor with all plugins active. Without content it starts like a fresh browser editor: one empty default block. */
export function createTestEditor(content?: JSONContent, options: DocumentExtensionsOptions = {}): Editor {
  const extensions = documentExtensions(options);
  // Tiptap parses a missing content as HTML, which needs a DOM; build the empty document directly instead.
  const start = content ?? (getSchema(extensions).topNodeType.createAndFill()!.toJSON() as JSONContent);
  const editor = new Editor({ extensions, content: start });
  // An unmounted Tiptap editor runs without plugins; install them the way mounting does.
  editor.view.updateState(editor.state.reconfigure({ plugins: editor.extensionManager.plugins }));
  return editor;
}

export interface BlockSummary {
  type: string;
  pid: string | null;
  text: string;
  level?: number;
}

export function summarize(editor: Editor): BlockSummary[] {
  const out: BlockSummary[] = [];
  editor.state.doc.forEach((node) => {
    const summary: BlockSummary = {
      type: node.type.name,
      pid: (node.attrs.pid as string | null | undefined) ?? null,
      text: node.textContent,
    };
    if (node.attrs.level !== undefined) summary.level = node.attrs.level as number;
    out.push(summary);
  });
  return out;
}

/** Document position just inside the start of top-level block `index`, plus `offset` characters. */
export function posIn(editor: Editor, index: number, offset = 0): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += editor.state.doc.child(i).nodeSize;
  return pos + 1 + offset;
}

const KEY_CODES: Record<string, number> = { Enter: 13, Tab: 9, Backspace: 8 };

/**
 * Presses a key combination ("Enter", "Shift-Tab", "Mod-Alt-2", "Mod-b") through the editor's real keymap
 * plugins, as the browser's keydown would. Returns whether a binding handled it.
 */
export function pressKey(editor: Editor, combo: string): boolean {
  const parts = combo.split('-');
  const key = parts.pop() as string;
  const mods = new Set(parts);
  const event = {
    key,
    keyCode: KEY_CODES[key] ?? key.toUpperCase().charCodeAt(0),
    ctrlKey: mods.has('Mod') || mods.has('Ctrl'),
    altKey: mods.has('Alt'),
    shiftKey: mods.has('Shift'),
    metaKey: false,
  };
  for (const plugin of editor.state.plugins) {
    const handle = plugin.props.handleKeyDown;
    if (handle && handle.call(plugin, editor.view, event as never)) return true;
  }
  return false;
}

/** Pastes a slice at the selection the way the view does: through every `transformPasted` prop first. */
export function paste(editor: Editor, slice: Slice): void {
  let transformed = slice;
  for (const plugin of editor.state.plugins) {
    const transform = plugin.props.transformPasted;
    if (transform) transformed = transform.call(plugin, transformed, editor.view, false);
  }
  editor.view.dispatch(editor.state.tr.replaceSelection(transformed));
}
