import type { DocumentModel } from '@plenary/shared/document/index';
import type { AttributedBlock } from '../../queries/document-comparison.ts';
import type { ChangeAttribution } from '../../queries/change-attribution.ts';
import { changedPieces, diffPieces, type ChangeAuthor } from './tracked-pieces.ts';
import type { WordBlock } from './word-paragraph.ts';
import { blockStyle } from './word-document.ts';
import { TITLE } from '@plenary/shared/schema/nodeNames';

/** Where a change came from, as Word names its author: the delegation of an accepted proposal, an agency's input ("IOM input"), or the pen-holder. */
export function originAuthor(attribution: ChangeAttribution | null | undefined, fallback: ChangeAuthor): ChangeAuthor {
  if (!attribution) return fallback;
  if (attribution.kind === 'proposal') return { author: attribution.stakeholder, date: attribution.acceptedAt ?? fallback.date };
  if (attribution.kind === 'input') return { author: attribution.label, date: attribution.incorporatedAt ?? fallback.date };
  return { author: `${attribution.userName} (${attribution.stakeholder})`, date: attribution.at ?? fallback.date };
}

/**
 * The redline between two texts as tracked changes, each authored by where it came from. Paragraphs added or
 * removed are inserted or deleted whole; the numbers are the later text's (the earlier one's for a deletion).
 */
export function redlineBlocks(
  compared: readonly AttributedBlock[],
  from: DocumentModel,
  to: DocumentModel,
  fallback: ChangeAuthor,
): WordBlock[] {
  return compared.flatMap((block): WordBlock[] => {
    const before = block.fromIndex === null ? null : from.blocks[block.fromIndex]!;
    const after = block.toIndex === null ? null : to.blocks[block.toIndex]!;
    const shown = after ?? before!;
    if (shown.type === TITLE) return [];
    const base = { style: blockStyle(shown), label: shown.margin, pid: shown.pid };
    if (block.change === 'new' || block.change === 'deleted') {
      const kind = block.change === 'new' ? 'insert' : 'delete';
      const by = originAuthor(block.attribution, fallback);
      return [{ ...base, pieces: changedPieces(shown.runs, kind, by), whole: { kind, by } }];
    }
    const ops = block.segments.map((segment) => ({
      ...segment,
      by: segment.attribution ? originAuthor(segment.attribution, fallback) : null,
    }));
    return [{ ...base, pieces: diffPieces(before?.runs ?? [], ops, fallback) }];
  });
}
