import type { AuditEntryResponse as AuditEntry, AuditLogResponse as AuditLog } from '@plenary/shared/api/index';
import { request } from './http.ts';

export type { AuditEntry, AuditLog };

/** The filters and the page of `GET /api/documents/:id/audit`; empty filters are left out. */
export interface AuditLogQuery {
  user?: string;
  stakeholder?: string;
  action?: string;
  pid?: string;
  before?: number;
  limit?: number;
}

export function getAuditLog(documentId: string, query: AuditLogQuery, signal?: AbortSignal): Promise<AuditLog> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const search = params.size > 0 ? `?${params}` : '';
  return request<AuditLog>(`/api/documents/${encodeURIComponent(documentId)}/audit${search}`, { signal });
}
