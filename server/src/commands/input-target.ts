import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { InputPlacement } from '@plenary/shared/domain/index';
import { badRequest, notFound } from '../errors.ts';
import { blockLabels, isHeadingBlock } from '../text/block-labels.ts';

/** The block of the brief an input applies to, as it reads now. */
export interface InputTarget {
  pid: string;
  /** "¶4" or "Section 2". */
  label: string;
  isHeading: boolean;
  text: string;
}

/**
 * Finds the paragraph or section heading an input applies to: a block of the brief's current text (404
 * otherwise). A heading takes inputs placed after it (new text at the end of its section), not against it.
 */
export function inputTarget(paragraphs: readonly DocumentParagraph[], pid: string, placement: InputPlacement): InputTarget {
  const block = paragraphs.find((p) => p.pid === pid);
  if (!block) throw notFound(`Paragraph or section "${pid}" in this brief`);
  const isHeading = isHeadingBlock(block.type);
  const label = blockLabels(paragraphs).get(pid) ?? 'This block';
  if (isHeading && placement === 'against') {
    throw badRequest(`${label} is a section heading: an input applies against a paragraph, or after a heading (placement "after").`);
  }
  if (!isHeading && !block.number) throw badRequest('Inputs apply to the paragraphs and section headings of a brief.');
  return { pid, label, isHeading, text: block.text };
}
