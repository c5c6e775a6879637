import type { z } from 'zod';

/**
 * One documented API operation, declared beside the handlers that serve it. `path` is in OpenAPI form
 * (`/api/proposals/{id}`); `body` is the zod schema the handler validates with, `response` the schema of
 * what its presenter returns with `status` (200 unless told).
 */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  body?: z.ZodType;
  /** A request body that is a file (a Word upload), sent as its own content type rather than JSON. */
  upload?: string;
  /** The zod object the handler validates its query parameters with. */
  query?: z.ZodObject;
  response?: z.ZodType;
  /** 302: a browser navigation that redirects, with no body. */
  status?: 200 | 201 | 204 | 302;
  /** A body that is not JSON (an event stream). */
  contentType?: string;
  /** Outcomes worth naming, by status. */
  responses?: Record<number, string>;
}
