import type { Context } from 'hono';
import { ApiError } from '../errors.ts';

/**
 * How much of an oversized body is still read (and thrown away) so that the client, which is still sending it,
 * receives the 413 and its reason instead of a broken connection; beyond this the connection is simply closed.
 */
const DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * Reads the raw request body, refusing it (413) as soon as it is longer than `maxBytes`: by its declared
 * length before anything is kept, or while reading, so an oversized upload is never buffered whole.
 */
export async function readBoundedBody(c: Context, maxBytes: number, tooLarge: string): Promise<Uint8Array> {
  const body = c.req.raw.body;
  const declared = Number(c.req.header('content-length') ?? NaN);
  const reader = body ? (body.getReader() as ReadableStreamDefaultReader<Uint8Array>) : null;
  const refuse = async (read: number) => {
    const drained = reader ? await drain(reader, read, Number.isFinite(declared) ? Math.min(declared, DRAIN_BYTES) : DRAIN_BYTES) : true;
    // The rest of the body was not read: close the connection rather than leave it to be reused.
    if (!drained) c.header('Connection', 'close');
    return new ApiError(413, 'payload_too_large', tooLarge);
  };
  if (Number.isFinite(declared) && declared > maxBytes) throw await refuse(0);
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) throw await refuse(total);
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Reads and discards the rest of a body, up to `budget` bytes in all; false when it had to stop short. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, read: number, budget: number): Promise<boolean> {
  let total = read;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    total += value.length;
    if (total > budget) {
      await reader.cancel().catch(() => undefined);
      return false;
    }
  }
}
