import type { JSONContent } from '@tiptap/core'
import { pidOf } from './negotiableBlocks.ts'

export interface FoundBlock {
  /** The block's JSON, as stored in the document (not a copy). */
  node: JSONContent
  /** Its index among the document's top-level blocks. */
  index: number
}

/** The block with this pid, or undefined. */
export function findBlock(json: JSONContent, pid: string): FoundBlock | undefined {
  const content = json.content ?? []
  const index = content.findIndex((node) => pidOf(node) === pid)
  return index === -1 ? undefined : { node: content[index], index }
}
