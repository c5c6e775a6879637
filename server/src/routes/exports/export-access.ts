import type { Context } from 'hono';
import type { ProposalResponse } from '@plenary/shared/api/index';
import type { AppEnv } from '../../http/env.ts';
import type { DocumentAccess } from '../../policies/actors.ts';
import { requireUser } from '../../http/session.ts';
import { readExportDocument, type ExportDocument } from '../../exports/export-document.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { stakeholdersSpokenFor } from '../../queries/proposal-access.ts';
import { readProposals } from '../../queries/proposal-reader.ts';
import { textAdoption } from '../../queries/silence-reader.ts';
import { presentProposals } from '../../presenters/proposal.ts';

/** The proposals of the document as the caller may see them, through the same presenter as the proposals API. */
export function visibleProposals(c: Context<AppEnv>, access: DocumentAccess): ProposalResponse[] {
  const { services } = c.var;
  const { db } = services;
  const viewer = {
    access,
    spokenFor: stakeholdersSpokenFor(db, access.participant.stakeholder.id),
    final: textAdoption(db, access.doc.id) !== undefined,
  };
  return presentProposals(readProposals(db, access.doc), viewer, readParagraphs(services, access.doc.id));
}

/** The document to export, as the caller may read it: 404 for what they may not see, 403 outside their process. */
export function loadExportDocument(c: Context<AppEnv>): ExportDocument {
  const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id')!);
  return readExportDocument(c.var.services, access, visibleProposals(c, access));
}
