import type { Attribute } from '@tiptap/core'
import { BRIEF_SECTION_KINDS, MAX_SUB_POINT_LEVEL, type BriefSectionKind } from './nodeNames.ts'

/** The paragraph id. Not kept on split: the new half of a split paragraph is a new paragraph. */
export function pidAttribute(): Attribute {
  return {
    default: null,
    keepOnSplit: false,
    parseHTML: (element) => element.getAttribute('data-pid') || null,
    renderHTML: (attributes) => (attributes.pid ? { 'data-pid': attributes.pid } : {}),
  }
}

export function clampSubPointLevel(level: unknown): number {
  const value = Math.trunc(Number(level))
  if (!Number.isFinite(value) || value < 1) return 1
  return Math.min(value, MAX_SUB_POINT_LEVEL)
}

export function subPointLevelAttribute(): Attribute {
  return {
    default: 1,
    parseHTML: (element) => clampSubPointLevel(element.getAttribute('data-level')),
    renderHTML: (attributes) => ({ 'data-level': String(attributes.level) }),
  }
}

export function toBriefSectionKind(kind: unknown): BriefSectionKind {
  return (BRIEF_SECTION_KINDS as readonly unknown[]).includes(kind) ? (kind as BriefSectionKind) : 'other'
}

export function briefSectionKindAttribute(): Attribute {
  return {
    default: 'other',
    parseHTML: (element) => toBriefSectionKind(element.getAttribute('data-kind')),
    renderHTML: (attributes) => ({ 'data-kind': attributes.kind }),
  }
}
