import type { ModelBlock } from '@plenary/shared/document/index';
import { TITLE } from '@plenary/shared/schema/nodeNames';
import type { DocumentKind } from '@plenary/shared/domain/index';
import type { Db } from '../db/client.ts';
import type { DocumentRow } from '../db/types.ts';
import { readLiveModel } from '../queries/paragraph-reader.ts';
import { latestRevisionKey, loadRevision } from '../queries/revision-reader.ts';
import type { Services } from '../services.ts';

/** What every export format starts from: the live text, numbered as the reading shows it, and its cover facts. */
export interface ExportModel {
  documentId: string;
  kind: DocumentKind;
  /** The title block's text, or the document's title when the text has none. */
  title: string;
  /** The document symbol of the last revision (A/CONF.231/3), if one was given. */
  symbol: string | null;
  /** The last revision issued ("Rev.1", its date YYYY-MM-DD); null before the first. */
  revision: { id: string; name: string; issuedOn: string } | null;
  /** Every block in document order but the title, numbered frozen against the last revision. */
  blocks: ModelBlock[];
}

export function readExportModel(services: Pick<Services, 'db' | 'rooms'>, doc: DocumentRow): ExportModel {
  return exportModelOf(services.db, doc, readLiveModel(services, doc.id).blocks);
}

/**
 * The export model of some blocks of the document: the live text (under the last revision issued), or a
 * revision's text under that revision (`revisionId`).
 */
export function exportModelOf(db: Db, doc: DocumentRow, blocks: readonly ModelBlock[], revisionId?: string): ExportModel {
  const revision = revisionId === undefined ? latestRevisionKey(db, doc.id) : loadRevision(db, doc.id, revisionId);
  const titleBlock = blocks.find((block) => block.type === TITLE);
  return {
    documentId: doc.id,
    kind: doc.kind,
    title: titleBlock?.text.trim() || doc.title,
    symbol: revision?.symbol ?? null,
    revision: revision ? { id: revision.id, name: revision.name, issuedOn: revision.issuedOn } : null,
    blocks: blocks.filter((block) => block.type !== TITLE),
  };
}
