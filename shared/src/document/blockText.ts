import type { JSONContent } from '@tiptap/core'

/** The plain text of a node: its text leaves joined, marks dropped. */
export function blockText(node: JSONContent): string {
  if (typeof node.text === 'string') return node.text
  return (node.content ?? []).map(blockText).join('')
}
