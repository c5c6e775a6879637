import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { adminOperations } from '../admin/operations.ts';
import { invitationOperations } from '../invitations/operations.ts';
import { auditOperations } from '../audit/operations.ts';
import { authOperations } from '../auth/operations.ts';
import { configOperations } from '../config/operations.ts';
import { documentOperations } from '../documents/operations.ts';
import { eventOperations } from '../events/operations.ts';
import { meOperations } from '../me/operations.ts';
import { notificationOperations } from '../notifications/operations.ts';
import { paragraphStatusOperations } from '../paragraph-statuses/operations.ts';
import { proposalOperations } from '../proposals/operations.ts';
import { silenceOperations } from '../silence/operations.ts';
import { stakeholderOperations } from '../stakeholders/operations.ts';
import { threadOperations } from '../threads/operations.ts';
import { revisionOperations } from '../revisions/operations.ts';
import { historyOperations } from '../history/operations.ts';
import { compareOperations } from '../compare/operations.ts';
import { evidenceLinkOperations } from '../evidence-links/operations.ts';
import { exportOperations } from '../exports/operations.ts';
import { briefStageOperations } from '../brief-stages/operations.ts';
import { importOperations } from '../imports/operations.ts';
import { inputOperations } from '../inputs/operations.ts';
import { contributionOperations } from '../contributions/operations.ts';
import { buildOpenApiDocument } from './document.ts';
import { openApiOperations } from './operations.ts';

/** Every public operation, as each route folder declares it beside its handlers. */
export const API_OPERATIONS = [
  ...configOperations,
  ...authOperations,
  ...meOperations,
  ...documentOperations,
  ...auditOperations,
  ...eventOperations,
  ...adminOperations,
  ...invitationOperations,
  ...proposalOperations,
  ...threadOperations,
  ...revisionOperations,
  ...historyOperations,
  ...paragraphStatusOperations,
  ...compareOperations,
  ...exportOperations,
  ...notificationOperations,
  ...stakeholderOperations,
  ...silenceOperations,
  ...briefStageOperations,
  ...importOperations,
  ...inputOperations,
  ...evidenceLinkOperations,
  ...contributionOperations,
  ...openApiOperations,
];

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export const openApiRoutes = new Hono<AppEnv>().get('/', (c) => c.json((cached ??= buildOpenApiDocument(API_OPERATIONS))));
