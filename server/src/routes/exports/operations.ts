import { exportQuery } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

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
];
