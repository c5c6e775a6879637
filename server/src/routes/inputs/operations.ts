import { z } from 'zod';
import { technicalInputResponse } from '@plenary/shared/api/index';
import { INPUT_ATTACHMENT_MAX_BYTES } from '@plenary/shared/domain/index';
import * as inputs from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

const input = technicalInputResponse;
const empty = z.strictObject({});

export const inputOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/inputs',
    summary: 'The technical inputs to an issue brief, in submission order (anyone who may read the brief)',
    response: z.array(input),
    responses: { 409: 'Not an issue brief' },
  },
  {
    method: 'post',
    path: '/api/documents/{id}/inputs',
    summary: "Submit a technical input for the caller's agency, after a paragraph or section heading or against a paragraph",
    body: inputs.submitInputInput,
    response: input,
    status: 201,
    responses: { 201: 'Submitted', 409: 'Not an issue brief, or the brief is not circulated for comments' },
  },
  { method: 'get', path: '/api/inputs/{id}', summary: 'One technical input', response: input },
  {
    method: 'patch',
    path: '/api/inputs/{id}',
    summary: 'Edit an undecided input (its agency, while the brief is circulated); every wording is kept',
    body: inputs.editInputInput,
    response: input,
    responses: { 409: 'Already decided or withdrawn, or the brief is not circulated' },
  },
  {
    method: 'post',
    path: '/api/inputs/{id}/withdraw',
    summary: 'Withdraw an undecided input (its agency)',
    body: empty,
    response: input,
    responses: { 409: 'Already decided or withdrawn, or the brief is endorsed or published' },
  },
  {
    method: 'post',
    path: '/api/inputs/{id}/incorporate',
    summary:
      "Incorporate (the brief's co-leads): the text enters the brief attributed to the agency; with `text`, the co-lead's revised wording enters",
    body: inputs.incorporateInputInput,
    response: input,
    responses: { 409: 'Already decided, the brief is not circulated or under finalization, or the paragraph is agreed or gone' },
  },
  {
    method: 'post',
    path: '/api/inputs/{id}/decline',
    summary: "Decline with a reason (the brief's co-leads); the agency is notified",
    body: inputs.declineInputInput,
    response: input,
    responses: { 409: 'Already decided, or the brief is not circulated or under finalization' },
  },
  {
    method: 'put',
    path: '/api/inputs/{id}/attachment',
    summary: `Attach a file (its agency, while undecided): the raw file as the body, its name in \`?name=\`; a PDF, DOCX or XLSX of at most ${INPUT_ATTACHMENT_MAX_BYTES} bytes, checked by its content. A new upload replaces the attachment (earlier ones stay on record)`,
    query: z.object({ name: z.string().max(200).optional() }),
    response: input,
    responses: { 409: 'Already decided or withdrawn', 413: 'Larger than 10 MB', 415: 'Not a PDF, DOCX or XLSX by its content' },
  },
  {
    method: 'get',
    path: '/api/inputs/{id}/attachment',
    summary: 'Download the attachment (anyone who may read the brief), as an attachment with its type and nosniff',
    contentType: 'application/octet-stream',
    responses: { 404: 'No attachment, or a brief the caller may not see' },
  },
];
