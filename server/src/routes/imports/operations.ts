import {
  amendmentConfirmResponse,
  amendmentImportResponse,
  documentSummaryResponse,
  zeroDraftImportResponse,
} from '@plenary/shared/api/index';
import { confirmZeroDraftInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const importOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/documents/{id}/imports/amendments',
    summary:
      "Read a delegation's Word file (the text as exported, edited with tracked changes) into the proposals it amounts to: each tracked change matched to its paragraph by the id the export embeds, or by its words; nothing is tabled until the import is confirmed",
    upload: WORD,
    response: amendmentImportResponse,
    responses: {
      200: 'The proposals the file will table, and the changes that cannot be placed, with why',
      400: 'Not a readable Word file: damaged, encrypted, legacy .doc, carrying macros, or expanding beyond any text',
      403: 'A role that does not table proposals on this document',
      404: 'No such document, or one the caller may not see',
      409: 'A text that takes no proposals now (adopted, under silence, or a brief not circulated)',
      413: 'A file over 20 MB',
      415: 'A body that is not sent as a Word file',
    },
  },
  {
    method: 'post',
    path: '/api/imports/zero-draft',
    summary:
      "Read the secretariat's Word file into a zero draft: title, headings, preambular and operative paragraphs and sub-points recognised, typed numbering stripped; nothing is made until the import is confirmed",
    upload: WORD,
    response: zeroDraftImportResponse,
    responses: {
      200: 'The mapping to review',
      400: 'Not a readable Word file, or one with no paragraphs',
      403: 'Not the secretariat',
      413: 'A file over 20 MB',
      415: 'A body that is not sent as a Word file',
    },
  },
  {
    method: 'post',
    path: '/api/imports/{id}/confirm',
    summary:
      "Confirm an import of one's own: an amendments import tables its proposals in the delegation's name (all or none); a zero draft, with the corrected mapping as the body if any, becomes a new compact (the answer is then the new document)",
    body: confirmZeroDraftInput,
    response: amendmentConfirmResponse.or(documentSummaryResponse),
    status: 201,
    responses: {
      201: 'The tabled proposal ids, or the new document',
      404: 'No such import of the caller',
      409: 'Already confirmed, or the text moved on so that a change no longer applies',
    },
  },
];
