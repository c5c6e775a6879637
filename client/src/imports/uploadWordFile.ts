import { ApiError } from '../api/http.ts';

export const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The server's limit for a Word file; checked here too so that a huge file is refused before it is sent. */
export const MAX_WORD_BYTES = 20 * 1024 * 1024;

/**
 * Sends a Word file as the request body, reporting the share sent so far (0 to 1). XMLHttpRequest, because
 * fetch cannot report upload progress. Server refusals come back as ApiError with the server's message.
 */
export function uploadWordFile<T>(path: string, file: File, onProgress: (share: number) => void): Promise<T> {
  if (file.size > MAX_WORD_BYTES) return Promise.reject(new ApiError(413, 'payload_too_large', 'A Word file is limited to 20 MB.'));
  if (!/\.docx$/i.test(file.name) && file.type !== WORD_TYPE)
    return Promise.reject(new ApiError(415, 'unsupported_media_type', 'Choose a Word document (.docx).'));
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Content-Type', WORD_TYPE);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = parse(request.responseText);
      if (request.status >= 200 && request.status < 300) return resolve(body as T);
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      reject(new ApiError(request.status, error?.code ?? 'http_error', error?.message ?? `The upload failed (${request.status}).`));
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'The connection dropped during the upload: try again.'));
    request.send(file);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
