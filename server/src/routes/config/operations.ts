import { configResponse } from '@plenary/shared/api/index';
import type { Operation } from '../openapi/operation.ts';

export const configOperations: Operation[] = [
  { method: 'get', path: '/api/config', summary: 'Public settings of this installation (demo mode)', response: configResponse },
];
