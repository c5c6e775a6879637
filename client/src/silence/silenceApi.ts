import type {
  PositionStatementResponse as PositionStatement,
  SilenceOverviewResponse as SilenceOverview,
  SilenceProcedureResponse as SilenceProcedure,
} from '@plenary/shared/api/index';
import type { PositionStatementKind } from '@plenary/shared/domain/index';
import { request } from '../api/http.ts';

export type { PositionStatement, SilenceOverview, SilenceProcedure };

const documentPath = (documentId: string, what: string) => `/api/documents/${encodeURIComponent(documentId)}/${what}`;

export function getSilence(documentId: string, signal?: AbortSignal): Promise<SilenceOverview> {
  return request<SilenceOverview>(documentPath(documentId, 'silence'), { signal });
}

export function startSilence(documentId: string, input: { revisionId: string; deadline: string }): Promise<SilenceProcedure> {
  return request<SilenceProcedure>(documentPath(documentId, 'silence'), { method: 'POST', body: input });
}

export function breakSilence(procedureId: string, statement: string): Promise<SilenceProcedure> {
  return request<SilenceProcedure>(`/api/silence/${encodeURIComponent(procedureId)}/break`, { method: 'POST', body: { statement } });
}

export function listPositionStatements(documentId: string, signal?: AbortSignal): Promise<PositionStatement[]> {
  return request<PositionStatement[]>(documentPath(documentId, 'position-statements'), { signal });
}

export function recordPositionStatement(
  documentId: string,
  input: { kind: PositionStatementKind; pids: string[]; body: string },
): Promise<PositionStatement> {
  return request<PositionStatement>(documentPath(documentId, 'position-statements'), { method: 'POST', body: input });
}
