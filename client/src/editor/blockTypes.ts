import type { DraftingBlockType } from '@plenary/shared/schema/index';
import type { DocumentKind } from '@plenary/shared/domain/index';

/** One entry of the paragraph type menu: a node type plus the attribute that distinguishes it. */
export interface BlockTypeChoice {
  value: string;
  label: string;
  type: DraftingBlockType;
  attributes?: { level?: number; kind?: 'context' | 'key-messages' | 'recommendations' | 'evidence' | 'other' };
  /** Key binding from the shared drafting keymap, shown in the menu. */
  shortcut?: string;
}

const TITLE: BlockTypeChoice = { value: 'title', label: 'Title', type: 'title' };

const COMPACT_CHOICES: BlockTypeChoice[] = [
  { value: 'sectionHeading', label: 'Section heading', type: 'sectionHeading', shortcut: 'Mod-Alt-0' },
  { value: 'preambularParagraph', label: 'Preambular paragraph (PP)', type: 'preambularParagraph', shortcut: 'Mod-Alt-1' },
  { value: 'operativeParagraph', label: 'Operative paragraph', type: 'operativeParagraph', shortcut: 'Mod-Alt-2' },
  { value: 'subPoint:1', label: 'Sub-point (a)', type: 'subPoint', attributes: { level: 1 }, shortcut: 'Mod-Alt-3' },
  { value: 'subPoint:2', label: 'Sub-point (i)', type: 'subPoint', attributes: { level: 2 } },
];

const BRIEF_CHOICES: BlockTypeChoice[] = [
  {
    value: 'briefSectionHeading:context',
    label: 'Heading: Context',
    type: 'briefSectionHeading',
    attributes: { kind: 'context' },
    shortcut: 'Mod-Alt-5',
  },
  {
    value: 'briefSectionHeading:key-messages',
    label: 'Heading: Key messages',
    type: 'briefSectionHeading',
    attributes: { kind: 'key-messages' },
  },
  {
    value: 'briefSectionHeading:recommendations',
    label: 'Heading: Recommendations',
    type: 'briefSectionHeading',
    attributes: { kind: 'recommendations' },
  },
  {
    value: 'briefSectionHeading:evidence',
    label: 'Heading: Evidence and data',
    type: 'briefSectionHeading',
    attributes: { kind: 'evidence' },
  },
  { value: 'briefSectionHeading:other', label: 'Heading: Other', type: 'briefSectionHeading', attributes: { kind: 'other' } },
  { value: 'briefParagraph', label: 'Paragraph', type: 'briefParagraph', shortcut: 'Mod-Alt-4' },
];

/** The types a pen-holder can give a block in this kind of document (the title is shown, never chosen). */
export function blockTypeChoices(kind: DocumentKind): BlockTypeChoice[] {
  return [TITLE, ...(kind === 'brief' ? BRIEF_CHOICES : COMPACT_CHOICES)];
}

/** The menu value describing a block, e.g. "subPoint:2" or "briefSectionHeading:evidence". */
export function blockTypeValue(typeName: string, attrs: Record<string, unknown>): string {
  if (typeName === 'subPoint') return `subPoint:${attrs.level === 2 ? 2 : 1}`;
  if (typeName === 'briefSectionHeading') return `briefSectionHeading:${typeof attrs.kind === 'string' ? attrs.kind : 'other'}`;
  return typeName;
}
