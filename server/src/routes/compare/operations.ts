import { compareResponse } from '@plenary/shared/api/index';
import type { Operation } from '../openapi/operation.ts';

export const compareOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/documents/{id}/compare',
    summary:
      'The redline between two texts of the document (query `from` and `to`: a revision id or `live`), paragraphs matched by pid, every change attributed; `stakeholder` keeps the paragraphs with a change of that stakeholder',
    response: compareResponse,
    responses: {
      200: 'The compared blocks',
      400: 'A text or the stakeholder is missing or malformed',
      404: 'No such document, revision or stakeholder',
    },
  },
];
