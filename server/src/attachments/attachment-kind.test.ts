import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attachmentKind, RefusedAttachmentError } from './attachment-kind.ts';
import { ZipReader } from '../files/zip-reader.ts';

const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const XLSX_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

const types = (part: string, type: string, order: 'name-first' | 'type-first' = 'name-first') =>
  strToU8(
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${
      order === 'name-first'
        ? `<Override PartName="/${part}" ContentType="${type}"/>`
        : `<Override ContentType="${type}" PartName="/${part}" />`
    }</Types>`,
  );

const refused = (data: Uint8Array) => () => attachmentKind(data);

describe('attachmentKind', () => {
  it('reads a PDF by its signature and OOXML by the main part its content types declare and hold', () => {
    expect(attachmentKind(strToU8('%PDF-1.7\n%%EOF'))).toBe('pdf');
    expect(
      attachmentKind(zipSync({ '[Content_Types].xml': types('word/document.xml', DOCX_MAIN), 'word/document.xml': strToU8('<w/>') })),
    ).toBe('docx');
    expect(
      attachmentKind(
        zipSync(
          { '[Content_Types].xml': types('xl/workbook.xml', XLSX_MAIN, 'type-first'), 'xl/workbook.xml': strToU8('<x/>') },
          { level: 0 },
        ),
      ),
    ).toBe('xlsx');
  });

  it('refuses a declared part the archive does not hold, macro-enabled types, and anything else', () => {
    expect(refused(zipSync({ '[Content_Types].xml': types('word/document.xml', DOCX_MAIN) }))).toThrow(RefusedAttachmentError);
    const macro = 'application/vnd.ms-word.document.macroEnabled.main+xml';
    expect(refused(zipSync({ '[Content_Types].xml': types('word/document.xml', macro), 'word/document.xml': strToU8('<w/>') }))).toThrow(
      /neither a Word document nor an Excel workbook/,
    );
    expect(refused(strToU8('<html>%PDF-</html>'))).toThrow(/not a PDF, DOCX or XLSX/);
    expect(refused(strToU8('PK\u0003\u0004 not really a zip'))).toThrow(/corrupt/);
  });
});

describe('ZipReader', () => {
  it('stops unpacking an entry at its cap whatever its header says', () => {
    const zip = zipSync({ 'big.xml': new Uint8Array(4 * 1024 * 1024) });
    const reader = new ZipReader(zip);
    expect(() => reader.read('big.xml', 1024)).toThrow(/too large/);
    const view = new DataView(zip.buffer);
    const directory = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(directory + 24, 10, true);
    expect(() => new ZipReader(zip).read('big.xml', 1024)).toThrow(/unpacks to more/);
    expect(new ZipReader(zipSync({ 'a.txt': strToU8('hello') })).read('a.txt', 100)).toEqual(strToU8('hello'));
  });
});
