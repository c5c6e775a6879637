/** A failed API call, carrying the server's `{ error: { code, message } }` body when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before retrying, from a 429's Retry-After. */
    readonly retryAfterSeconds: number | null = null,
    /** A 400's field problems, `[{ path: 'sources.0.title', message }]`, when the server names them. */
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

type UnauthorizedListener = () => void;
let onUnauthorized: UnauthorizedListener | null = null;

/** The session layer registers here so that any 401 (an expired session) sends the user back to log in. */
export function setUnauthorizedListener(listener: UnauthorizedListener | null): void {
  onUnauthorized = listener;
}

/** Something other than a request learnt that the session is over (the sync socket was closed for it). */
export function reportSessionEnded(): void {
  onUnauthorized?.();
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Login answers 401 for wrong credentials: that must not count as a lost session. */
  ignoreUnauthorized?: boolean;
  /** The request must outlive the page (sent while the reader leaves it). */
  keepalive?: boolean;
}

/** The error of a failed answer, read from its body (shared with requests not sent through `fetch`). */
export function apiErrorFromBody(status: number, statusText: string, body: unknown, retryAfter: string | null = null): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const seconds = Number(retryAfter);
  const wait = Number.isFinite(seconds) && seconds > 0 ? seconds : null;
  if (error?.message) return new ApiError(status, error.code ?? 'error', error.message, wait, fieldIssues(error.details));
  return new ApiError(status, 'http', `The server answered ${status} ${statusText}.`.trim());
}

function fieldIssues(details: unknown): FieldIssue[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (issue): issue is FieldIssue => typeof (issue as FieldIssue)?.path === 'string' && typeof (issue as FieldIssue)?.message === 'string',
  );
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, ignoreUnauthorized = false, keepalive } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      keepalive,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection and try again.');
  }

  if (response.status === 401 && !ignoreUnauthorized) onUnauthorized?.();
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A file the API serves (an export): its bytes and the name the server gives it. */
export async function requestFile(path: string, signal?: AbortSignal): Promise<{ blob: Blob; fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(path, { signal, credentials: 'same-origin' });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection and try again.');
  }
  if (response.status === 401) onUnauthorized?.();
  if (!response.ok) throw await errorFrom(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? /filename="([^"]+)"/.exec(disposition)?.[1];
  return { blob: await response.blob(), fileName: name ? decodeURIComponent(name) : null };
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (e.g. a proxy error page): a generic message.
  }
  return apiErrorFromBody(response.status, response.statusText, body, response.headers.get('retry-after'));
}
