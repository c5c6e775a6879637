import { eq } from 'drizzle-orm';
import type { ProposalResponse, StakeholderRef } from '@plenary/shared/api/index';
import { proposalRedline } from '@plenary/shared/compilation/index';
import type { DiffOp } from '@plenary/shared/diff/index';
import type { ModelBlock } from '@plenary/shared/document/index';
import { modelParagraphs } from '@plenary/shared/document/index';
import type { DocumentKind } from '@plenary/shared/domain/index';
import { deletedNumbers, type DeletedNumber } from '@plenary/shared/numbering/index';
import { documentLeads, stakeholders } from '../db/schema.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { numberingBaseline } from '../queries/numbering-baseline.ts';
import { readLiveModel } from '../queries/paragraph-reader.ts';
import { latestRevisionKey } from '../queries/revision-reader.ts';
import type { Services } from '../services.ts';

/** A pending proposal as an export prints it: what the caller may see of it, and its redline against the text as it is. */
export interface ExportProposal {
  proposal: ProposalResponse;
  /** What accepting it would change now (rebased when the paragraph moved on since it was tabled). */
  redline: DiffOp[];
  /** It no longer applies cleanly: its author must re-table it. */
  outdated: boolean;
}

/** A block of the live text with the pending proposals on it, in tabling order. */
export interface ExportBlock extends ModelBlock {
  proposals: ExportProposal[];
  /** Numbers of the last revision whose paragraphs were deleted since, standing right after this block ("OP12 [deleted]"). */
  deletedAfter: DeletedNumber[];
}

/** Everything every export format prints of a document, read once and as the caller may see it. */
export interface ExportDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  /** The day the document was created (YYYY-MM-DD): the date of the work it is an expression of. */
  createdOn: string;
  /** The document symbol of the last revision (A/CONF.231/3), if it gave one. */
  symbol: string | null;
  /** The last revision issued: the stage the numbers are frozen at. */
  revision: { id: string; name: string; sequence: number; issuedOn: string } | null;
  /** When the text was read (ISO). */
  exportedAt: string;
  /** The text's blocks in order, numbered as the product shows them; the title block is left out. */
  blocks: ExportBlock[];
  /** Numbers of deleted paragraphs that stood before every block still in the text. */
  deletedFirst: DeletedNumber[];
  /** Pending proposals on paragraphs no longer in the text, in tabling order. */
  orphans: ExportProposal[];
  /** Every stakeholder the export names: lead agencies, tabling stakeholders, co-sponsors, supporters, opposers. */
  stakeholders: StakeholderRef[];
}

const stakeholderRef = (s: { id: string; name: string; shortName: string }): StakeholderRef => ({
  id: s.id,
  name: s.name,
  shortName: s.shortName,
});

/**
 * Reads a document for export as the caller may see it: the live text numbered as the reading shows it, the
 * last revision's name, symbol and date, and the pending proposals the caller may see (as the route presents
 * them, through the same presenter as the API), each with its redline against the paragraph as it reads now.
 */
export function readExportDocument(services: Services, access: DocumentAccess, visible: readonly ProposalResponse[]): ExportDocument {
  const { db } = services;
  const { doc } = access;
  const model = readLiveModel(services, doc.id);
  const paragraphs = modelParagraphs(model);
  const pending = visible.filter((p) => p.status === 'tabled');
  const texts = new Map(paragraphs.map((p) => [p.pid, p.text]));
  const byPid = new Map<string, ExportProposal[]>();
  const orphans: ExportProposal[] = [];
  for (const proposal of pending) {
    const current = texts.get(proposal.pid);
    const redline = proposalRedline(proposal, current);
    const entry = { proposal, redline: redline.ops, outdated: redline.state === 'outdated' };
    if (current === undefined) orphans.push(entry);
    else byPid.set(proposal.pid, [...(byPid.get(proposal.pid) ?? []), entry]);
  }

  const baseline = numberingBaseline(db, doc.id)?.baseline;
  const deleted = baseline?.length
    ? deletedNumbers(
        model.blocks.flatMap((b) => (b.pid ? [{ pid: b.pid, type: b.type, level: b.level }] : [])),
        baseline,
      )
    : [];
  const deletedAfter = (pid: string | null) => deleted.filter((d) => d.afterPid === pid);

  const titleBlock = model.blocks.find((b) => b.type === 'title');
  const revision = latestRevisionKey(db, doc.id);
  const leads = db
    .select({ id: stakeholders.id, name: stakeholders.name, shortName: stakeholders.shortName })
    .from(documentLeads)
    .innerJoin(stakeholders, eq(stakeholders.id, documentLeads.stakeholderId))
    .where(eq(documentLeads.documentId, doc.id))
    .all();
  return {
    id: doc.id,
    kind: doc.kind,
    title: titleBlock?.text.trim() || doc.title,
    createdOn: doc.createdAt.slice(0, 10),
    symbol: revision?.symbol ?? null,
    revision: revision ? { id: revision.id, name: revision.name, sequence: revision.sequence, issuedOn: revision.issuedOn } : null,
    exportedAt: services.clock.now().toISOString(),
    blocks: model.blocks
      .filter((b) => b.type !== 'title')
      .map((b) => ({ ...b, proposals: (b.pid && byPid.get(b.pid)) || [], deletedAfter: b.pid ? deletedAfter(b.pid) : [] })),
    deletedFirst: deletedAfter(null),
    orphans,
    stakeholders: namedStakeholders(leads, pending),
  };
}

function namedStakeholders(leads: readonly StakeholderRef[], proposals: readonly ProposalResponse[]): StakeholderRef[] {
  const named = new Map<string, StakeholderRef>();
  const add = (s: StakeholderRef) => named.has(s.id) || named.set(s.id, stakeholderRef(s));
  leads.forEach(add);
  for (const p of proposals) {
    add(p.tabledBy);
    p.cosponsors.forEach((c) => add(c.stakeholder));
    p.supporters.forEach((s) => add(s.stakeholder));
    p.opposers.forEach((s) => add(s.stakeholder));
  }
  return [...named.values()];
}

/** The date an export bears: the last revision's, or the day it was read. */
export function exportDate(document: Pick<ExportDocument, 'revision' | 'exportedAt'>): string {
  return document.revision?.issuedOn ?? document.exportedAt.slice(0, 10);
}

/** "5 February 2018", as UN documents write dates. */
export function longDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A file name for the export: the document id, the revision and the variant. */
export function exportFileName(document: Pick<ExportDocument, 'id' | 'revision'>, variant: string | null, extension: string): string {
  const parts = [document.id, document.revision?.name, variant].filter((p): p is string => !!p);
  return `${parts.join('-').replace(/[^A-Za-z0-9._-]+/g, '_')}.${extension}`;
}
