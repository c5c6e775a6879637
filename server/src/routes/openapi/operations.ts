import type { Operation } from './operation.ts';

export const openApiOperations: Operation[] = [
  { method: 'get', path: '/api/openapi.json', summary: 'This description of the API (OpenAPI 3.1)' },
];
