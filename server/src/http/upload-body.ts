import type { Context } from 'hono';
import { ApiError } from '../errors.ts';

/** API paths whose bodies are files, read by their own routes with their own limits (not the 1 MB JSON limit). */
const UPLOAD_PATHS = [
  /^\/api\/documents\/[^/]+\/imports\/amendments$/,
  /^\/api\/imports\/zero-draft$/,
  /^\/api\/inputs\/[^/]+\/attachment$/,
];

export function isUploadPath(path: string): boolean {
  return UPLOAD_PATHS.some((pattern) => pattern.test(path));
}

/**
 * Reads an uploaded file from the raw body, refusing it as soon as it passes `maxBytes` (nothing beyond is
 * buffered) and refusing an empty body or one sent with a content type the route does not take.
 */
export async function readUpload(c: Context, { maxBytes, types, what }: { maxBytes: number; types: readonly string[]; what: string }) {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!types.includes(type))
    throw new ApiError(415, 'unsupported_media_type', `Send ${what} as the request body with Content-Type ${types[0]}.`);
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(c, maxBytes, what);
  const body = c.req.raw.body;
  if (!body) throw new ApiError(400, 'empty_body', `The request has no file: send ${what} as its body.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(c, maxBytes, what);
    }
    chunks.push(value);
  }
  if (size === 0) throw new ApiError(400, 'empty_body', `The request has no file: send ${what} as its body.`);
  return Buffer.concat(chunks, size);
}

function tooLarge(c: Context, maxBytes: number, what: string): ApiError {
  c.header('Connection', 'close');
  return new ApiError(413, 'payload_too_large', `${capitalise(what)} is limited to ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
