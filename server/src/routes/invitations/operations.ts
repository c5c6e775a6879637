import { invitationInfoResponse, loginResponse } from '@plenary/shared/api/index';
import { acceptInvitationInput } from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

const unusable = { 403: 'Used, expired or withdrawn', 404: 'No such link' };

export const invitationOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/invitations/{token}',
    summary: 'What an invitation or password-reset link is for, before it is used',
    response: invitationInfoResponse,
    responses: unusable,
  },
  {
    method: 'post',
    path: '/api/invitations/{token}/accept',
    summary: 'Use the link: set a password (or give the existing account’s) and sign in',
    body: acceptInvitationInput,
    response: loginResponse,
    responses: { 200: 'Signed in', 400: 'Password refused by the policy', 401: 'Not the existing account’s password', ...unusable },
  },
];
