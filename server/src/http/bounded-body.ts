import type { Context } from 'hono';
import { ApiError } from '../errors.ts';

/**
 * Reads the raw request body, refusing it (413) as soon as it is longer than `maxBytes`: by its declared
 * length before anything is read, or while reading, so an oversized upload is never buffered whole.
 */
export async function readBoundedBody(c: Context, maxBytes: number, tooLarge: string): Promise<Uint8Array> {
  const refuse = () => {
    // The rest of the body is never read: close the connection rather than leave it to be reused.
    c.header('Connection', 'close');
    return new ApiError(413, 'payload_too_large', tooLarge);
  };
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw refuse();
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw refuse();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
