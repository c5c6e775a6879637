import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import type { RevisionRow } from '../db/types.ts';
import { notFound } from '../errors.ts';
import { readParagraphs } from './paragraph-reader.ts';
import { readProposals, type ProposalRecord } from './proposal-reader.ts';
import { listRevisions } from './revision-reader.ts';
import { statusChangesOf, type StatusChangeRow } from './status-history.ts';
import { listReadableThreads, type ThreadWithMessages } from './thread-lister.ts';
import { threadReader } from './thread-access.ts';

/** Everything kept about one paragraph that the caller may see. */
export interface ParagraphRecord {
  pid: string;
  /** The live text's paragraphs: the labels of the proposals are read against them. */
  paragraphs: DocumentParagraph[];
  now: DocumentParagraph | undefined;
  revisions: RevisionRow[];
  /** Proposals on it, and the one whose acceptance inserted it. */
  proposals: ProposalRecord[];
  statusChanges: StatusChangeRow[];
  threads: ThreadWithMessages[];
}

/** One paragraph's negotiating record; 404 when the pid was never a paragraph of this document. */
export function readParagraphRecord(services: Pick<Services, 'db' | 'rooms'>, access: DocumentAccess, pid: string): ParagraphRecord {
  const { db } = services;
  const { doc, participant } = access;
  const paragraphs = readParagraphs(services, doc.id);
  const now = paragraphs.find((p) => p.pid === pid);
  const revisions = listRevisions(db, doc.id);
  const proposals = readProposals(db, doc).filter((r) => r.row.pid === pid || r.row.resultPid === pid);
  const statusChanges = statusChangesOf(db, doc.id, pid);
  const known = now || revisions.some((r) => r.blocks.some((b) => b.pid === pid)) || proposals.length > 0 || statusChanges.length > 0;
  if (!known) throw notFound('Paragraph');
  const threads = listReadableThreads(db, doc.id, threadReader(db, participant), { pid });
  return { pid, paragraphs, now, revisions, proposals, statusChanges, threads };
}
