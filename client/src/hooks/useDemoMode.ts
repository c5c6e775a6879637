import { useEffect, useState } from 'react';
import { request } from '../api/http.ts';

/**
 * Whether to list the demo accounts on the login page: always in development, otherwise when the
 * server says it seeded them (`GET /api/config` → `{ demo: true }`; absent or failing means no).
 */
export function useDemoMode(): boolean {
  const [demo, setDemo] = useState<boolean>(import.meta.env.DEV);

  useEffect(() => {
    if (import.meta.env.DEV) return;
    const controller = new AbortController();
    request<{ demo?: boolean }>('/api/config', { signal: controller.signal, ignoreUnauthorized: true }).then(
      (config) => setDemo(config.demo === true),
      () => setDemo(false),
    );
    return () => controller.abort();
  }, []);

  return demo;
}
