import { z } from 'zod';
import { positionStatementResponse, silenceOverviewResponse, silenceProcedureResponse } from '@plenary/shared/api/index';
import * as inputs from '@plenary/shared/validation/index';
import type { Operation } from '../openapi/operation.ts';

export const silenceOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/silence',
    summary: "The document's silence procedures, current and past, with the statements breaking them",
    response: silenceOverviewResponse,
  },
  {
    method: 'post',
    path: '/api/documents/{id}/silence',
    summary: 'Put the latest revision under silence until a deadline (pen-holders; default 72 hours)',
    body: inputs.startSilenceInput,
    response: silenceProcedureResponse,
    status: 201,
    responses: { 201: 'Silence runs', 409: 'A procedure already runs, the revision is not the latest, or the text is final' },
  },
  {
    method: 'post',
    path: '/api/silence/{id}/break',
    summary: 'Break silence with a written statement (delegations, before the deadline, once each)',
    body: inputs.breakSilenceInput,
    response: silenceProcedureResponse,
    status: 201,
    responses: { 201: 'Silence broken', 409: 'The procedure ended, or the delegation already broke it' },
  },
  {
    method: 'get',
    path: '/api/documents/{id}/position-statements',
    summary: 'Explanations of position and reservations recorded on the final text',
    response: z.array(positionStatementResponse),
  },
  {
    method: 'post',
    path: '/api/documents/{id}/position-statements',
    summary: 'Record an explanation of position or a reservation on the adopted text (delegations)',
    body: inputs.positionStatementInput,
    response: positionStatementResponse,
    status: 201,
    responses: { 201: 'Recorded', 409: 'The text has not been adopted' },
  },
];
