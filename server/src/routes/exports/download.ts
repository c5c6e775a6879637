import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';

/** An export as a file to save: its type, a sensible file name, and never cached by a shared proxy. */
export function download(c: Context<AppEnv>, body: string | Uint8Array, contentType: string, fileName: string): Response {
  c.header('Content-Type', contentType);
  c.header('Content-Disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  c.header('Cache-Control', 'private, no-store');
  return c.body(typeof body === 'string' ? body : new Uint8Array(body));
}
