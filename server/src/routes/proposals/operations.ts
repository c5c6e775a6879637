import { z } from 'zod';
import { proposalPageResponse, proposalResponse } from '@plenary/shared/api/index';
import * as inputs from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

const proposal = proposalResponse;

export const proposalOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/proposals',
    summary:
      'Proposals the caller may see, with status, in tabling order (filter: ?pid=). Without limit or cursor: all of them, as an array. ' +
      'With ?limit=N (at most 500) and/or ?cursor=: one page, { items, nextCursor }; pass nextCursor back as cursor for the next page (null after the last).',
    query: inputs.proposalListQuery,
    response: z.union([z.array(proposal), proposalPageResponse]),
  },
  {
    method: 'post',
    path: '/api/documents/{id}/proposals',
    summary: 'Table a proposal on a paragraph',
    body: inputs.tableProposalInput,
    response: proposal,
    status: 201,
    responses: { 201: 'Tabled' },
  },
  { method: 'get', path: '/api/proposals/{id}', summary: 'One proposal', response: proposal },
  {
    method: 'post',
    path: '/api/proposals/{id}/accept',
    summary: 'Accept: the change is applied to the text (pen-holders); over objections only with overObjections',
    body: inputs.acceptProposalInput,
    response: proposal,
    responses: { 200: 'Accepted', 409: 'Already decided, no longer applies, or opposed without overObjections' },
  },
  {
    method: 'post',
    path: '/api/proposals/{id}/reject',
    summary: 'Reject with a reason (pen-holders)',
    body: inputs.rejectProposalInput,
    response: proposal,
  },
  {
    method: 'post',
    path: '/api/proposals/{id}/supersede',
    summary: 'Mark as superseded by compromise language (pen-holders)',
    body: inputs.supersedeProposalInput,
    response: proposal,
  },
  {
    method: 'post',
    path: '/api/proposals/{id}/reopen',
    summary: 'Reopen a decision (pen-holders): back on the table; an acceptance is also taken back out of the text',
    body: inputs.emptyProposalInput,
    response: proposal,
    responses: { 200: 'Back on the table', 409: 'Not decided, or the text has changed where the acceptance did' },
  },
  {
    method: 'post',
    path: '/api/proposals/{id}/withdraw',
    summary: 'Withdraw (the tabling delegation)',
    body: inputs.emptyProposalInput,
    response: proposal,
  },
  {
    method: 'post',
    path: '/api/proposals/{id}/support',
    summary: "Support, in the name of the caller's delegation",
    body: inputs.proposalPositionInput,
    response: proposal,
  },
  {
    method: 'post',
    path: '/api/proposals/{id}/oppose',
    summary: "Oppose, in the name of the caller's delegation",
    body: inputs.proposalPositionInput,
    response: proposal,
  },
  { method: 'delete', path: '/api/proposals/{id}/position', summary: "Withdraw the delegation's position", response: proposal },
  {
    method: 'post',
    path: '/api/proposals/{id}/cosponsorship/confirm',
    summary: 'Confirm an invitation to co-sponsor',
    body: inputs.cosponsorshipInput,
    response: proposal,
  },
  {
    method: 'post',
    path: '/api/proposals/{id}/cosponsorship/decline',
    summary: 'Decline an invitation to co-sponsor',
    body: inputs.cosponsorshipInput,
    response: proposal,
  },
  {
    method: 'post',
    path: '/api/proposals/{id}/retable',
    summary: 'Re-table an outdated proposal against the current text',
    body: inputs.retableProposalInput,
    response: proposal,
  },
];
