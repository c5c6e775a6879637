import { strFromU8 } from 'fflate';
import { UnreadableZipError, ZipReader, looksLikeZip } from '../../files/zip-reader.ts';

/** A Word file the server refuses to read, with the reason a person can act on. */
export class UnreadableDocxError extends Error {}

/** Largest `.docx` accepted, and the most one of its parts may unpack to (a zip bomb stops there). */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
export const MAX_DOCX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/** An OLE compound file: a legacy .doc, or an OOXML file encrypted with a password (Word wraps those in OLE). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The parts of a Word file that an import reads. */
export interface DocxParts {
  document: string;
  contentTypes: string;
  /** The style definitions (what makes a heading or a title), when the file has them. */
  styles: string | null;
}

/**
 * Opens a `.docx` and returns the parts an import reads. Refuses, with a clear reason: what is not a zip, a
 * legacy or password-protected file, a file carrying macros, an encrypted or damaged archive, a part that
 * unpacks beyond MAX_DOCX_UNZIPPED_BYTES, and an archive without a Word document in it.
 */
export function readDocxParts(bytes: Uint8Array): DocxParts {
  if (bytes.length > MAX_DOCX_BYTES) throw new UnreadableDocxError(`A Word file is limited to ${MAX_DOCX_BYTES / 1024 / 1024} MB.`);
  if (OLE_MAGIC.every((byte, i) => bytes[i] === byte))
    throw new UnreadableDocxError(
      'This file is password-protected or in the old Word format (.doc): save it as an unprotected Word document (.docx) and upload that.',
    );
  if (!looksLikeZip(bytes)) throw new UnreadableDocxError('This is not a Word document (.docx).');
  try {
    const zip = new ZipReader(bytes);
    const part = (name: string) => {
      const data = zip.read(name, MAX_DOCX_UNZIPPED_BYTES);
      return data ? strFromU8(data) : null;
    };
    const contentTypes = part('[Content_Types].xml');
    if ([...zip.entries.keys()].some((name) => /vbaProject\.bin$/i.test(name)) || (contentTypes && /macroEnabled/i.test(contentTypes)))
      throw new UnreadableDocxError(
        'This Word file carries macros: save it as a plain Word document (.docx) without macros and upload that.',
      );
    const document = part('word/document.xml');
    if (!contentTypes || !document || !/wordprocessingml\.document\.main\+xml/.test(contentTypes))
      throw new UnreadableDocxError('This is not a Word document (.docx): it has no Word text in it.');
    return { document, contentTypes, styles: part('word/styles.xml') };
  } catch (error) {
    if (error instanceof UnreadableZipError) throw wordFileError(error);
    throw error;
  }
}

function wordFileError(error: UnreadableZipError): UnreadableDocxError {
  if (/encrypt/i.test(error.message))
    return new UnreadableDocxError('This Word file is encrypted: save it without a password and upload that.');
  if (/too large|more than it may|too many/i.test(error.message))
    return new UnreadableDocxError('This Word file expands to far more than any text: it is refused.');
  return new UnreadableDocxError('This Word file is damaged and cannot be read.');
}
