import type { ProposalResponse } from '@plenary/shared/api/index';
import type { ExportQuery } from '@plenary/shared/validation/index';
import type { DocumentAccess } from '../../policies/actors.ts';
import { loadComparePoint, type ComparePoint } from '../../queries/compare-points.ts';
import { compareTexts } from '../../queries/document-comparison.ts';
import { threadReader } from '../../queries/thread-access.ts';
import { listReadableThreads } from '../../queries/thread-lister.ts';
import { loadThreadViews } from '../../queries/thread-loader.ts';
import type { Services } from '../../services.ts';
import { anchorOffsets } from '../../text/thread-anchor.ts';
import { exportModelOf, readExportModel, type ExportModel } from '../export-model.ts';
import { compilationBlocks } from './compilation-layout.ts';
import { redlineBlocks } from './redline-layout.ts';
import { trackedBlocks } from './tracked-layout.ts';
import { wordComments } from './word-comments.ts';
import { cleanBlock, packWordFile, type WordFile } from './word-document.ts';
import type { WordBlock } from './word-paragraph.ts';

export interface DocxExportProps {
  services: Pick<Services, 'db' | 'rooms' | 'store'>;
  access: DocumentAccess;
  query: ExportQuery;
  /** The document's proposals as the proposals API shows them to the caller: what they may see. */
  proposals: () => ProposalResponse[];
}

/** The document as a Word file: the live text (clean, tracked, or as a compilation) or a redline of two texts. */
export async function exportDocx(props: DocxExportProps): Promise<Buffer> {
  const { query } = props;
  if (query.from !== undefined) return packWordFile(redlineFile(props, query.from, query.to ?? 'live'));
  const model = readExportModel(props.services, props.access.doc);
  const blocks = liveBlocks(model, query, props.proposals);
  if (query.comments !== '1') return packWordFile({ model, blocks, subtitle: subtitleOf(query) });
  const { comments, spans } = readableComments(props);
  const commented = blocks.map((block) => (block.pid && spans.has(block.pid) ? { ...block, comments: spans.get(block.pid) } : block));
  return packWordFile({ model, blocks: commented, comments, subtitle: subtitleOf(query) });
}

function liveBlocks(model: ExportModel, query: ExportQuery, proposals: () => ProposalResponse[]): WordBlock[] {
  switch (query.proposals) {
    case 'none':
      return model.blocks.map(cleanBlock);
    case 'tracked':
      return trackedBlocks(model.blocks, proposals());
    case 'compilation':
      return compilationBlocks(model.blocks, proposals());
  }
}

function subtitleOf(query: ExportQuery): string | undefined {
  return query.proposals === 'compilation' ? 'Compilation of proposals' : undefined;
}

/** The comments the caller may read: the threads API's own visibility rule, anchored on the live text. */
function readableComments({ services, access }: DocxExportProps) {
  const { db, rooms } = services;
  const threads = listReadableThreads(db, access.doc.id, threadReader(db, access.participant));
  const { people } = loadThreadViews(services, access.doc.id, access.participant.user.id, threads);
  return wordComments(
    threads,
    people,
    anchorOffsets(
      rooms,
      access.doc.id,
      threads.map((t) => t.thread),
    ),
  );
}

function redlineFile({ services, access }: DocxExportProps, fromRef: string, toRef: string): WordFile {
  const from = loadComparePoint(services, access.doc.id, fromRef);
  let to: ComparePoint | undefined;
  try {
    to = loadComparePoint(services, access.doc.id, toRef);
    const compared = compareTexts(services.db, access.doc, from, to);
    const fallback = { author: 'Unknown', date: new Date().toISOString() };
    const model = exportModelOf(services.db, access.doc, to.model.blocks, 'id' in to.ref ? to.ref.id : undefined);
    const name = (point: ComparePoint) => ('live' in point.ref ? 'the live text' : point.ref.name);
    return {
      model,
      blocks: redlineBlocks(compared, from.model, to.model, fallback),
      subtitle: `Changes from ${name(from)} to ${name(to)}`,
    };
  } finally {
    to?.doc.destroy();
    from.doc.destroy();
  }
}
