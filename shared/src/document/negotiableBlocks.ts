import type { JSONContent } from '@tiptap/core'
import { SUB_POINT, isNegotiableType, type NegotiableNodeType } from '../schema/nodeNames.ts'
import { blockText } from './blockText.ts'

export interface NegotiableBlock {
  pid: string
  type: NegotiableNodeType
  /** Sub-point level (1 or 2); null for every other type. */
  level: number | null
  text: string
}

/** The pid of a top-level block, if it is a negotiable block that has one. */
export function pidOf(node: JSONContent): string | null {
  const pid = node.attrs?.pid
  return isNegotiableType(node.type ?? '') && typeof pid === 'string' && pid ? pid : null
}

/**
 * The negotiable blocks of a document (ProseMirror JSON) in document order. Blocks without a pid are
 * left out: run `withUniquePids` on content that may lack them.
 */
export function negotiableBlocks(json: JSONContent): NegotiableBlock[] {
  const blocks: NegotiableBlock[] = []
  for (const node of json.content ?? []) {
    const pid = pidOf(node)
    if (!pid) continue
    const type = node.type as NegotiableNodeType
    const level = type === SUB_POINT ? Number(node.attrs?.level ?? 1) : null
    blocks.push({ pid, type, level, text: blockText(node) })
  }
  return blocks
}
