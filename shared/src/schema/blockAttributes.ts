import type { Attribute } from '@tiptap/core';
import { BRIEF_SECTION_KINDS, MAX_SUB_POINT_LEVEL, type BriefSectionKind } from './nodeNames.ts';

/** What a parse rule reads from the element it receives (shared code is compiled without the DOM library). */
interface ParsedElement {
  getAttribute(name: string): string | null;
}

/** The paragraph id. Not kept on split: the new half of a split paragraph is a new paragraph. */
export function pidAttribute(): Attribute {
  return {
    default: null,
    keepOnSplit: false,
    parseHTML: (element: ParsedElement) => element.getAttribute('data-pid') || null,
    renderHTML: (attributes) => (attributes.pid ? { 'data-pid': attributes.pid as string } : {}),
  };
}

export function clampSubPointLevel(level: unknown): number {
  const value = Math.trunc(Number(level));
  if (!Number.isFinite(value) || value < 1) return 1;
  return Math.min(value, MAX_SUB_POINT_LEVEL);
}

export function subPointLevelAttribute(): Attribute {
  return {
    default: 1,
    parseHTML: (element: ParsedElement) => clampSubPointLevel(element.getAttribute('data-level')),
    renderHTML: (attributes) => ({ 'data-level': String(attributes.level) }),
  };
}

export function toBriefSectionKind(kind: unknown): BriefSectionKind {
  return (BRIEF_SECTION_KINDS as readonly unknown[]).includes(kind) ? (kind as BriefSectionKind) : 'other';
}

export function briefSectionKindAttribute(): Attribute {
  return {
    default: 'other',
    parseHTML: (element: ParsedElement) => toBriefSectionKind(element.getAttribute('data-kind')),
    renderHTML: (attributes) => ({ 'data-kind': attributes.kind as BriefSectionKind }),
  };
}
