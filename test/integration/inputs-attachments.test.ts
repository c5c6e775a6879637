import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { expectError, loginAll, type Who } from './proposals-fixtures.ts';
import { BRIEF_1, briefBlocks, countRows, inputBody, submit, minimalPdf } from './inputs-fixtures.ts';

const MAX = 10 * 1024 * 1024;

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let pid: string;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  pid = (await briefBlocks(as.secretariat, BRIEF_1)).paragraph.pid;
});
afterAll(() => server?.stop());

/** Sends a file as the raw body of `PUT /api/inputs/:id/attachment`, as a browser's fetch would. */
function upload(client: ApiClient, inputId: string, data: Uint8Array, name: string, type = 'application/octet-stream') {
  return fetch(`${server.url}/api/inputs/${inputId}/attachment?name=${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { origin: server.origin, cookie: client.cookie, 'content-type': type },
    body: data as Uint8Array<ArrayBuffer>,
  });
}

const storedFiles = () => {
  const dir = path.join(server.dataDir, 'attachments');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

const contentTypes = (part: string, type: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${part}" ContentType="${type}"/></Types>`;

const rels = (target: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/>` +
  '</Relationships>';

function docx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      contentTypes('word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    ),
    '_rels/.rels': strToU8(rels('word/document.xml')),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:body><w:p><w:r><w:t>Child migrants: 35.5 million.</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
}

function xlsx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      contentTypes('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
    ),
    '_rels/.rels': strToU8(rels('xl/workbook.xml')),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<sheets><sheet name="Data" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>',
    ),
  });
}

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
]);

/** The offset of the first central directory entry of a zip fflate wrote (no archive comment). */
function centralDirectory(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return view.getUint32(zip.length - 22 + 16, true);
}

/** A copy of the zip with its first entry flagged as encrypted. */
function encrypted(zip: Uint8Array): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = centralDirectory(copy);
  view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
  return copy;
}

/** A DOCX whose `[Content_Types].xml` unpacks to 64 MB while its header claims 200 bytes. */
function bomb(): Uint8Array {
  const huge = new Uint8Array(64 * 1024 * 1024).fill(0x20);
  const zip = zipSync({ '[Content_Types].xml': huge, 'word/document.xml': strToU8('<w:document/>') }, { level: 9 });
  const view = new DataView(zip.buffer);
  const at = centralDirectory(zip);
  view.setUint32(at + 24, 200, true);
  return zip;
}

/** Sends `bytes` bytes of a PDF in 1 MB chunks without a Content-Length; the status, or 'closed' if cut off. */
async function streamUpload(client: ApiClient, inputId: string, bytes: number): Promise<number | 'closed'> {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(Math.min(1024 * 1024, bytes - sent));
      if (sent === 0) chunk.set(minimalPdf());
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  try {
    const response = await fetch(`${server.url}/api/inputs/${inputId}/attachment?name=big.pdf`, {
      method: 'PUT',
      headers: { origin: server.origin, cookie: client.cookie, 'content-type': 'application/pdf' },
      body,
      duplex: 'half',
    } as RequestInit);
    return response.status;
  } catch {
    return 'closed';
  }
}

async function attached(client: ApiClient, inputId: string, data: Uint8Array, name: string): Promise<any> {
  const response = await upload(client, inputId, data, name);
  if (response.status !== 200) throw new Error(`Upload refused: ${response.status} ${await response.text()}`);
  return response.json();
}

describe('accepted attachments', () => {
  it('stores a real PDF, DOCX and XLSX by their content and serves each only to readers of the brief', async () => {
    const input = await submit(as.unicef, BRIEF_1, inputBody(pid));
    const files: [Uint8Array, string, string, string][] = [
      [minimalPdf(), 'Report 2024.pdf', 'pdf', 'application/pdf'],
      [docx(), 'Note – données.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [xlsx(), 'figures', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ];
    for (const [data, name, kind, type] of files) {
      const answer = await attached(as.unicef, input.id, data, name);
      const expectedName = name.endsWith(`.${kind}`) ? name : `${name}.${kind}`;
      expect(answer.attachment).toMatchObject({
        fileName: expectedName,
        kind,
        bytes: data.length,
        url: `/api/inputs/${input.id}/attachment`,
      });
      for (const who of ['iom', 'ohchr', 'cofacilitator'] as const) {
        const served = await as[who].get(answer.attachment.url);
        expect(served.status).toBe(200);
        expect(served.headers.get('content-type')).toBe(type);
        expect(served.headers.get('x-content-type-options')).toBe('nosniff');
        expect(served.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(expectedName)}`);
        expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
        expect(new Uint8Array(await served.arrayBuffer())).toEqual(data);
      }
      for (const who of ['eu', 'observer'] as const) await expectError(await as[who].get(answer.attachment.url), 404, 'not_found');
    }
    expect(countRows(server, 'input_attachments', 'input_id = ?', input.id)).toBe(3);
    expect(storedFiles()).toHaveLength(3);
    expect(countRows(server, 'audit_log', "action = 'input.attach' AND target = ?", input.id)).toBe(3);
  });
});

describe('refused attachments', () => {
  it('refuses what is not a PDF, DOCX or XLSX by its content, or is over 10 MB, with a clear error and nothing stored', async () => {
    const input = await submit(as.unicef, BRIEF_1, inputBody(pid));
    const rowsBefore = countRows(server, 'input_attachments');
    const filesBefore = storedFiles();
    const refusals: [Uint8Array, string, string, number, RegExp][] = [
      [PNG, 'chart.pdf', 'application/pdf', 415, /not a PDF, DOCX or XLSX/],
      [zipSync({ 'notes.txt': strToU8('plain notes') }), 'notes.docx', 'application/zip', 415, /zip archive, not a Word or Excel/],
      [
        zipSync({
          '[Content_Types].xml': strToU8(
            contentTypes('ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'),
          ),
        }),
        'slides.docx',
        'application/octet-stream',
        415,
        /neither a Word document nor an Excel workbook/,
      ],
      [encrypted(docx()), 'secret.docx', 'application/octet-stream', 415, /Encrypted/],
      [bomb(), 'bomb.docx', 'application/octet-stream', 415, /unpacks to more/],
      [docx().subarray(0, 60), 'cut.docx', 'application/octet-stream', 415, /corrupt/],
      [new Uint8Array(0), 'empty.pdf', 'application/pdf', 415, /empty/],
    ];
    for (const [data, name, type, status, message] of refusals) {
      const response = await upload(as.unicef, input.id, data, name, type);
      const body = (await response.json()) as { error: { message: string } };
      expect({ name, status: response.status }).toEqual({ name, status });
      expect(body.error.message).toMatch(message);
    }
    const tooLarge = new Uint8Array(MAX + 1);
    tooLarge.set(minimalPdf());
    const response = await upload(as.unicef, input.id, tooLarge, 'big.pdf', 'application/pdf');
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toMatch(/10 MB/);
    // Without a declared length the limit holds while the body is read.
    const streamed = await streamUpload(as.unicef, input.id, MAX + 1);
    expect(streamed).toBe(413);
    expect(countRows(server, 'input_attachments')).toBe(rowsBefore);
    expect(storedFiles()).toEqual(filesBefore);
    expect((await as.unicef.json('GET', `/api/inputs/${input.id}`)).attachment).toBeNull();
    await expectError(await as.iom.get(`/api/inputs/${input.id}/attachment`), 404, 'not_found');
  });

  it('takes exactly 10 MB, and refuses another agency (403) and a decided input (409)', async () => {
    const input = await submit(as.unicef, BRIEF_1, inputBody(pid));
    const exact = new Uint8Array(MAX);
    exact.set(minimalPdf());
    expect((await attached(as.unicef, input.id, exact, 'full.pdf')).attachment.bytes).toBe(MAX);
    const rows = countRows(server, 'input_attachments');
    await expectError(await upload(as.iom, input.id, minimalPdf(), 'x.pdf'), 403, 'forbidden');
    await expectError(await upload(as.ohchr, input.id, minimalPdf(), 'x.pdf'), 403, 'forbidden');
    await expectError(await upload(as.eu, input.id, minimalPdf(), 'x.pdf'), 404, 'not_found');
    await as.ohchr.json('POST', `/api/inputs/${input.id}/decline`, { reason: 'Not needed.' });
    await expectError(await upload(as.unicef, input.id, minimalPdf(), 'x.pdf'), 409, 'conflict');
    expect(countRows(server, 'input_attachments')).toBe(rows);
  });
});
