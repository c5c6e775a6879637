import { Node, mergeAttributes, type Attributes } from '@tiptap/core';

export interface BlockNodeOptions {
  HTMLAttributes: Record<string, unknown>;
  /** Also read a bare `<p>` as this node: set on exactly one type, so text pasted from other applications keeps its paragraphs. */
  parsesPlainParagraphs: boolean;
}

interface BlockNodeSpec {
  name: string;
  tag: 'h1' | 'h2' | 'p';
  attributes?: Attributes;
  /** Headings keep their type when content is pasted over them. */
  defining?: boolean;
}

/**
 * A top-level text block of the document model. It renders as `<tag data-type="name" …>` and parses back
 * from any element carrying that `data-type`, so HTML copied between documents keeps its structure.
 */
export function createBlockNode(spec: BlockNodeSpec) {
  return Node.create<BlockNodeOptions>({
    name: spec.name,
    group: 'block',
    content: 'inline*',
    defining: spec.defining ?? false,

    addOptions() {
      return { HTMLAttributes: {}, parsesPlainParagraphs: false };
    },

    addAttributes() {
      return spec.attributes ?? {};
    },

    parseHTML() {
      const rules: { tag: string; priority?: number }[] = [{ tag: `[data-type="${spec.name}"]` }];
      if (this.options.parsesPlainParagraphs) rules.push({ tag: 'p', priority: 10 });
      return rules;
    },

    renderHTML({ HTMLAttributes }) {
      return [spec.tag, mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': spec.name }), 0];
    },
  });
}
