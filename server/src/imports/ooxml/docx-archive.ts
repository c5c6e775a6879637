import { Unzip, UnzipInflate, UnzipPassThrough, strFromU8 } from 'fflate';

/** A Word file the server refuses to read, with the reason a person can act on. */
export class UnreadableDocxError extends Error {}

/** Largest `.docx` accepted, and the most its parts may expand to once unzipped (a zip bomb stops there). */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
export const MAX_DOCX_UNZIPPED_BYTES = 64 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
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
 * Opens a `.docx` and returns its main document part. Refuses, with a clear reason: what is not a zip, a legacy
 * or password-protected file, a file carrying macros, an encrypted zip entry, a zip that expands beyond
 * MAX_DOCX_UNZIPPED_BYTES, and a zip without a Word document in it.
 */
export function readDocxParts(bytes: Uint8Array): DocxParts {
  if (bytes.length > MAX_DOCX_BYTES) throw new UnreadableDocxError(`A Word file is limited to ${MAX_DOCX_BYTES / 1024 / 1024} MB.`);
  if (startsWith(bytes, OLE_MAGIC))
    throw new UnreadableDocxError(
      'This file is password-protected or in the old Word format (.doc): save it as an unprotected Word document (.docx) and upload that.',
    );
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnreadableDocxError('This is not a Word document (.docx).');
  const parts = unzipParts(bytes, new Set(['word/document.xml', '[Content_Types].xml', 'word/styles.xml']));
  const contentTypes = parts.files.get('[Content_Types].xml');
  const document = parts.files.get('word/document.xml');
  if (parts.names.some((name) => /vbaProject\.bin$/i.test(name)) || (contentTypes && /macroEnabled/i.test(contentTypes)))
    throw new UnreadableDocxError(
      'This Word file carries macros: save it as a plain Word document (.docx) without macros and upload that.',
    );
  if (!contentTypes || !document || !/wordprocessingml\.document\.main\+xml/.test(contentTypes))
    throw new UnreadableDocxError('This is not a Word document (.docx): it has no Word text in it.');
  return { document, contentTypes, styles: parts.files.get('word/styles.xml') ?? null };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Unzips the wanted entries, counting every byte actually inflated (declared sizes can lie). */
function unzipParts(bytes: Uint8Array, wanted: ReadonlySet<string>): { files: Map<string, string>; names: string[] } {
  const files = new Map<string, string>();
  const names: string[] = [];
  const chunks = new Map<string, Uint8Array[]>();
  let inflated = 0;
  // Set from fflate's callbacks, read once it is done.
  const state: { failure: Error | null } = { failure: null };
  const unzip = new Unzip((entry) => {
    names.push(entry.name);
    if (!wanted.has(entry.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(entry.name, parts);
    entry.ondata = (error, data, final) => {
      if (state.failure) return;
      if (error) {
        state.failure = new UnreadableDocxError(`This Word file is damaged (${entry.name} cannot be read).`);
        return;
      }
      inflated += data.length;
      if (inflated > MAX_DOCX_UNZIPPED_BYTES) {
        state.failure = new UnreadableDocxError('This Word file expands to far more than any text: it is refused.');
        entry.terminate();
        return;
      }
      parts.push(data);
      if (final) files.set(entry.name, strFromU8(concat(parts)));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    throw encryptedOrDamaged(error);
  }
  if (state.failure) throw state.failure;
  if (names.length === 0) throw new UnreadableDocxError('This Word file is damaged: it holds nothing that can be read.');
  return { files, names };
}

function encryptedOrDamaged(error: unknown): UnreadableDocxError {
  const message = error instanceof Error ? error.message : String(error);
  if (/encrypt/i.test(message)) return new UnreadableDocxError('This Word file is encrypted: save it without a password and upload that.');
  return new UnreadableDocxError('This Word file is damaged and cannot be read.');
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
