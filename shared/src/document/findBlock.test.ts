import { describe, expect, it } from 'vitest'
import { block, documentOf } from '../schema/testEditor.ts'
import { findBlock } from './findBlock.ts'
import { withUniquePids } from './withUniquePids.ts'

const doc = documentOf(block('title', 'T'), block('operativeParagraph', 'One', { pid: 'p1' }), block('subPoint', 'Two', { pid: 'p2', level: 1 }))

describe('findBlock', () => {
  it('finds a block by pid with its top-level index', () => {
    const found = findBlock(doc, 'p2')
    expect(found?.index).toBe(2)
    expect(found?.node).toBe(doc.content![2])
    expect(findBlock(doc, 'missing')).toBeUndefined()
  })
})

describe('withUniquePids', () => {
  it('fills missing pids and renames repeats after the first, leaving the input untouched', () => {
    const input = documentOf(
      block('title', 'T'),
      block('operativeParagraph', 'One', { pid: 'dup' }),
      block('operativeParagraph', 'Two', { pid: 'dup' }),
      block('briefParagraph', 'Three'),
    )
    const output = withUniquePids(input)
    const pids = output.content!.map((node) => node.attrs?.pid)
    expect(pids[0]).toBeUndefined()
    expect(pids[1]).toBe('dup')
    expect(pids[2]).toMatch(/^[0-9a-z]{10}$/)
    expect(pids[3]).toMatch(/^[0-9a-z]{10}$/)
    expect(new Set(pids.slice(1)).size).toBe(3)
    expect(input.content![2].attrs?.pid).toBe('dup')
    expect(input.content![3].attrs?.pid).toBeUndefined()
  })
})
