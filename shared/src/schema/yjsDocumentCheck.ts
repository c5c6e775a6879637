import * as Y from 'yjs'
import type { Schema } from '@tiptap/pm/model'
import { isNegotiableType } from './nodeNames.ts'

/**
 * Checks a collaboration document (fragment `default`, one Y.XmlElement per block) against the shared
 * schema before the server stores an update that produced it. A document that fails cannot be opened by
 * the editor, or hides paragraphs from numbering and proposals, so such an update must never be kept.
 *
 * The top level is always checked (cheap: one attribute read per block); block contents only for the
 * blocks named in `touched`, or all of them when it is omitted.
 */
export function checkCollaborationDocument(
  schema: Schema,
  fragment: Y.XmlFragment,
  touched?: ReadonlySet<Y.XmlElement>,
): string | null {
  const pids = new Set<string>()
  let index = 0
  for (const child of fragment.toArray()) {
    index++
    if (!(child instanceof Y.XmlElement)) return `Block ${index} is not an element: text cannot stand at the root.`
    const problem = checkBlock(schema, child, pids, !touched || touched.has(child))
    if (problem) return `Block ${index} (${child.nodeName}): ${problem}`
  }
  return null
}

function checkBlock(schema: Schema, block: Y.XmlElement, pids: Set<string>, deep: boolean): string | null {
  const type = schema.nodes[block.nodeName]
  if (!type || !type.isBlock || type.name === schema.topNodeType.name) return 'unknown block type.'
  const attributes = block.getAttributes() as Record<string, unknown>
  const allowed = type.spec.attrs ?? {}
  for (const [name, value] of Object.entries(attributes)) {
    if (!Object.hasOwn(allowed, name)) return `unknown attribute "${name}".`
    if (typeof value === 'object' && value !== null) return `attribute "${name}" must be a plain value.`
  }
  if (isNegotiableType(type.name)) {
    const pid = attributes.pid
    if (typeof pid !== 'string' || pid.length === 0 || pid.length > 64) return 'a paragraph needs a pid.'
    if (pids.has(pid)) return `the pid ${pid} is used twice.`
    pids.add(pid)
  }
  return deep ? checkInlineContent(schema, block) : null
}

function checkInlineContent(schema: Schema, block: Y.XmlElement): string | null {
  for (const child of block.toArray()) {
    if (!(child instanceof Y.XmlText)) return 'only text may stand inside a paragraph.'
    for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      if (typeof op.insert !== 'string') return 'embedded objects are not allowed in text.'
      for (const mark of Object.keys(op.attributes ?? {})) {
        // Overlapping marks of one type are stored as `name--hash` by the ProseMirror binding.
        if (!schema.marks[mark.split('--')[0]!]) return `unknown formatting "${mark}".`
      }
    }
  }
  return null
}
