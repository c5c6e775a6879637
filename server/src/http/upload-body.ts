import type { Context } from 'hono';
import { ApiError } from '../errors.ts';
import { readBoundedBody } from './bounded-body.ts';

/** API paths whose bodies are files, read by their own routes with their own limits (not the 1 MB JSON limit). */
const UPLOAD_PATHS = [
  /^\/api\/documents\/[^/]+\/imports\/amendments$/,
  /^\/api\/imports\/zero-draft$/,
  /^\/api\/inputs\/[^/]+\/attachment$/,
];

export function isUploadPath(path: string): boolean {
  return UPLOAD_PATHS.some((pattern) => pattern.test(path));
}

/** Reads an uploaded file sent as the raw body with one of the content types the route takes; an empty body is refused. */
export async function readUpload(c: Context, { maxBytes, types, what }: { maxBytes: number; types: readonly string[]; what: string }) {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!types.includes(type))
    throw new ApiError(415, 'unsupported_media_type', `Send ${what} as the request body with Content-Type ${types[0]}.`);
  const file = await readBoundedBody(c, maxBytes, `${capitalise(what)} is limited to ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  if (file.length === 0) throw new ApiError(400, 'empty_body', `The request has no file: send ${what} as its body.`);
  return file;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
