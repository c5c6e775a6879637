import { Node } from '@tiptap/core';

/** The document root: a flat sequence of blocks (sub-points are siblings of their paragraph, not children). */
export const Doc = Node.create({
  name: 'doc',
  topNode: true,
  content: 'block+',
});
