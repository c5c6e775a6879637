import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** One change a delegate makes in LibreOffice with Track Changes on. */
export type TrackedEdit =
  | { op: 'replace'; find: string; with: string }
  | { op: 'delete-paragraph'; containing: string }
  | { op: 'insert-after'; containing: string; text: string };

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'libreoffice-tracked-edit.py');

/**
 * Opens a Word file in a private headless LibreOffice, records the edits as tracked changes by `author` and
 * saves it as Word again: the file a delegate sends back, written by a reader the project did not write.
 * Debian's python3-uno drives LibreOffice (its own /usr/bin/python3, whatever python3 comes first on the PATH).
 */
export async function editWithLibreOffice(file: Uint8Array, edits: readonly TrackedEdit[], author: string): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-lo-edit-'));
  try {
    const [source, target, editsFile] = ['in.docx', 'out.docx', 'edits.json'].map((name) => path.join(dir, name)) as [
      string,
      string,
      string,
    ];
    fs.writeFileSync(source, file);
    fs.writeFileSync(editsFile, JSON.stringify(edits));
    await promisify(execFile)('/usr/bin/python3', [SCRIPT, source, target, editsFile, author], { timeout: 120_000 });
    return new Uint8Array(fs.readFileSync(target));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
