import type { ConfigResponse, SignInOptions } from '@plenary/shared/api/index';
import { request } from './http.ts';

export type { ConfigResponse as ServerConfig, SignInOptions };

/** The installation's public settings: whether it is the demo, and how people sign in. */
export function getConfig(signal?: AbortSignal): Promise<ConfigResponse> {
  return request<ConfigResponse>('/api/config', { signal, ignoreUnauthorized: true });
}
