import type { InputAttachmentKind } from '@plenary/shared/domain/index';
import { looksLikeZip, UnreadableZipError, ZipReader } from '../files/zip-reader.ts';

/** What is wrong with an upload, in words the uploader can act on. */
export class RefusedAttachmentError extends Error {}

const ACCEPTED = 'Attach a PDF, a Word document (.docx) or an Excel workbook (.xlsx).';
const CONTENT_TYPES_MAX_BYTES = 1024 * 1024;

/** The main part each OOXML kind declares in `[Content_Types].xml`, and its content type there. */
const OOXML_PARTS = {
  docx: { part: 'word/document.xml', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  xlsx: { part: 'xl/workbook.xml', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
} as const;

/**
 * The kind of an uploaded file, decided by its content alone (never by its name or declared type): a PDF opens
 * with `%PDF-`; a DOCX or XLSX is a zip whose `[Content_Types].xml` declares its main part, which it holds.
 */
export function attachmentKind(data: Uint8Array): InputAttachmentKind {
  if (data.length === 0) throw new RefusedAttachmentError(`The file is empty. ${ACCEPTED}`);
  if (startsWith(data, '%PDF-')) return 'pdf';
  if (!looksLikeZip(data)) throw new RefusedAttachmentError(`The file is not a PDF, DOCX or XLSX document. ${ACCEPTED}`);
  try {
    const zip = new ZipReader(data);
    const declared = zip.read('[Content_Types].xml', CONTENT_TYPES_MAX_BYTES);
    if (!declared) throw new RefusedAttachmentError(`The file is a zip archive, not a Word or Excel document. ${ACCEPTED}`);
    const types = new TextDecoder().decode(declared);
    for (const [kind, { part, type }] of Object.entries(OOXML_PARTS) as [
      keyof typeof OOXML_PARTS,
      (typeof OOXML_PARTS)['docx' | 'xlsx'],
    ][]) {
      if (declaresPart(types, part, type) && zip.has(part)) return kind;
    }
    throw new RefusedAttachmentError(`The file is an Office archive but neither a Word document nor an Excel workbook. ${ACCEPTED}`);
  } catch (error) {
    if (error instanceof UnreadableZipError) throw new RefusedAttachmentError(`${error.message} ${ACCEPTED}`);
    throw error;
  }
}

function startsWith(data: Uint8Array, prefix: string): boolean {
  return data.length >= prefix.length && [...prefix].every((char, i) => data[i] === char.charCodeAt(0));
}

/** Whether `[Content_Types].xml` has `<Override PartName="/part" ContentType="type"/>` (attributes in any order). */
function declaresPart(xml: string, part: string, type: string): boolean {
  for (const match of xml.matchAll(/<Override\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? '';
    const name = /\bPartName\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const declared = /\bContentType\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    if (name?.toLowerCase() === `/${part}`.toLowerCase() && declared === type) return true;
  }
  return false;
}
