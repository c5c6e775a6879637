import type { JSONContent } from '@tiptap/core'
import type { NegotiableNodeType } from '../schema/nodeNames.ts'
import { numberBlocks } from '../numbering/blockNumbers.ts'
import { negotiableBlocks } from './negotiableBlocks.ts'

export interface DocumentParagraph {
  pid: string
  type: NegotiableNodeType
  /** The numbering label ("PP3", "OP12", "OP12(a)", "¶4"); "" for section headings. */
  number: string
  text: string
}

/** Every negotiable block of a document with its computed number, in document order. */
export function documentParagraphs(json: JSONContent): DocumentParagraph[] {
  const blocks = negotiableBlocks(json)
  const numbers = numberBlocks(blocks)
  return blocks.map(({ pid, type, text }) => ({ pid, type, number: numbers.get(pid)?.label ?? '', text }))
}
