import { z } from 'zod';
import { evidenceLinkResponse } from '@plenary/shared/api/index';
import { createEvidenceLinkInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const evidenceLinkOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/links',
    summary:
      'Every live evidence link at either end of which is the document, numbered as the texts read now (links to briefs the caller may not read are left out)',
    response: z.array(evidenceLinkResponse),
  },
  {
    method: 'get',
    path: '/api/documents/{id}/paragraphs/{pid}/links',
    summary: 'The live evidence links of one paragraph (compact or brief side); a paragraph no longer in the text keeps its links',
    response: z.array(evidenceLinkResponse),
  },
  {
    method: 'post',
    path: '/api/documents/{id}/paragraphs/{pid}/links',
    summary:
      "Link a compact paragraph to a brief paragraph, or to an incorporated input in it, from either side (the compact's pen-holders; a brief's co-leads for their brief)",
    body: createEvidenceLinkInput,
    response: evidenceLinkResponse,
    status: 201,
    responses: {
      201: 'The link, labelled "Informed by Issue brief 3, ¶4, IOM input"',
      400: 'Not one compact and one brief, a paragraph not in the current text, or an input not of that paragraph',
      403: 'Not a pen-holder of the compact nor a co-lead of the brief',
      404: 'No such document, or one the caller may not read',
      409: 'The same link is already there, or the input was not incorporated',
    },
  },
  {
    method: 'delete',
    path: '/api/links/{id}',
    summary: 'Remove an evidence link: who removed it and when are recorded, and the link stays on record',
    response: evidenceLinkResponse,
    responses: { 404: 'No such link, or one the caller may not read', 409: 'The link was already removed' },
  },
];
