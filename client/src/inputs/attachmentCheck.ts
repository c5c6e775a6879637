import { INPUT_ATTACHMENT_MAX_BYTES, type InputAttachmentKind } from '@plenary/shared/domain/index';
import { formatBytes } from './inputText.ts';

const EXTENSIONS: Record<string, InputAttachmentKind> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx' };
/** A PDF starts "%PDF-"; DOCX and XLSX are ZIP packages, which start "PK\x03\x04". */
const SIGNATURES: Record<InputAttachmentKind, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  docx: [0x50, 0x4b, 0x03, 0x04],
  xlsx: [0x50, 0x4b, 0x03, 0x04],
};

export const ATTACHMENT_ACCEPT =
  '.pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Why a file cannot be attached, or null. The browser looks at the name, the size and the first bytes, to say so
 * before anything is sent; the server checks the content again, and its word is final.
 */
export async function attachmentProblem(file: File): Promise<string | null> {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const kind = EXTENSIONS[extension];
  if (!kind) return `“${file.name}” is not a PDF, DOCX or XLSX file.`;
  if (file.size > INPUT_ATTACHMENT_MAX_BYTES)
    return `“${file.name}” is ${formatBytes(file.size)}: an attachment is limited to ${formatBytes(INPUT_ATTACHMENT_MAX_BYTES)}.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const signature = SIGNATURES[kind];
  if (!signature.every((byte, index) => head[index] === byte))
    return `“${file.name}” is not a ${kind.toUpperCase()} file by its content, whatever its name says.`;
  return null;
}
