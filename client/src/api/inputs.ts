import type {
  InputAttachmentResponse as InputAttachment,
  InputSourceResponse as InputSource,
  TechnicalInputResponse as TechnicalInput,
} from '@plenary/shared/api/index';
import type { EditInputInput, SubmitInputInput } from '@plenary/shared/validation/index';
import { ApiError, apiErrorFromBody, request } from './http.ts';

export type { InputAttachment, InputSource, TechnicalInput };

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/inputs`;
const inputPath = (id: string, action?: string) => `/api/inputs/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export function listInputs(documentId: string, signal?: AbortSignal): Promise<TechnicalInput[]> {
  return request<TechnicalInput[]>(documentPath(documentId), { signal });
}

export function getInput(id: string, signal?: AbortSignal): Promise<TechnicalInput> {
  return request<TechnicalInput>(inputPath(id), { signal });
}

export function submitInput(documentId: string, input: SubmitInputInput): Promise<TechnicalInput> {
  return request<TechnicalInput>(documentPath(documentId), { method: 'POST', body: input });
}

/** Every action on one input; each answers with the input as the caller now sees it. */
export const inputActions = {
  edit: (id: string, input: EditInputInput) => request<TechnicalInput>(inputPath(id), { method: 'PATCH', body: input }),
  withdraw: (id: string) => request<TechnicalInput>(inputPath(id, 'withdraw'), { method: 'POST', body: {} }),
  /** With `text`, the co-lead's edited wording enters instead of the input's. */
  incorporate: (id: string, text?: string) =>
    request<TechnicalInput>(inputPath(id, 'incorporate'), { method: 'POST', body: text === undefined ? {} : { text } }),
  decline: (id: string, reason: string) => request<TechnicalInput>(inputPath(id, 'decline'), { method: 'POST', body: { reason } }),
};

/**
 * Sends a file as the input's attachment (`PUT /api/inputs/:id/attachment?name=`). Through XMLHttpRequest rather than `fetch`, which reports no upload
 * progress: `onProgress` gets the share sent so far, from 0 to 1.
 */
export function uploadInputAttachment(id: string, file: File, onProgress: (share: number) => void): Promise<TechnicalInput> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `${inputPath(id, 'attachment')}?name=${encodeURIComponent(file.name)}`);
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(xhr.response as TechnicalInput);
      } else {
        reject(apiErrorFromBody(xhr.status, xhr.statusText, xhr.response as unknown));
      }
    });
    xhr.addEventListener('error', () =>
      reject(new ApiError(0, 'network', 'The file could not be sent: the server cannot be reached. Check your connection and try again.')),
    );
    xhr.addEventListener('abort', () => reject(new ApiError(0, 'aborted', 'The upload was cancelled.')));
    // The raw file: the server tells its kind by its content, not by a declared type.
    xhr.send(file);
  });
}
