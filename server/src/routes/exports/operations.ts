import { aknExportQuery, exportQuery, markdownExportQuery, pdfExportQuery } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

const responses = {
  400: 'A query value is not one this format takes',
  404: 'No such document, or one the caller may not see',
};

export const exportOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/export.docx',
    summary:
      "The document as a Word file laid out as a UN text: `proposals=tracked` writes the pending proposals as Word tracked changes in the tabler's name, `proposals=compilation` lists them under their paragraphs, `comments=1` adds the comments the caller may read as Word comments with their replies, `from` (a revision id) and `to` (a revision id, or the live text when omitted) give the redline between them as tracked changes by origin",
    query: exportQuery,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    responses: {
      200: 'The .docx file',
      400: 'A malformed option, an option that does not combine with another, or a revision that is not of this document',
      404: 'No such document, or one the caller may not read',
    },
  },
  {
    method: 'get',
    path: '/api/documents/{id}/export.akn.xml',
    summary:
      'The live text as Akoma Ntoso 3.0 (AKN4UN): the compact as a statement (resolution), a brief as a doc (issueBrief); num and eId from the numbering, wId = pid; the revision in FRBRExpression; stakeholders in references; with `proposals=tracked` (the default) the pending proposals the caller may see as amendment metadata in meta/proprietary',
    query: aknExportQuery,
    contentType: 'application/akn+xml',
    responses: { 200: 'The Akoma Ntoso document (attachment)', ...responses },
  },
  {
    method: 'get',
    path: '/api/documents/{id}/export.md',
    summary:
      'The live text as Markdown: title, revision, headings and numbered paragraphs; `proposals=compilation` follows each paragraph with its pending proposals and their attribution',
    query: markdownExportQuery,
    contentType: 'text/markdown',
    responses: { 200: 'The Markdown file (attachment)', ...responses },
  },
  {
    method: 'get',
    path: '/api/documents/{id}/export.pdf',
    summary:
      'The live text as a PDF in UN layout (symbol, revision and date in the header, page numbers), with embedded fonts for Latin, Arabic and Chinese; `proposals=compilation` for the compilation text',
    query: pdfExportQuery,
    contentType: 'application/pdf',
    responses: { 200: 'The PDF file (attachment)', ...responses },
  },
];
