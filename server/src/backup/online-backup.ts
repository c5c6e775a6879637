import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseFile } from '../db/client.ts';

export interface BackupReport {
  destination: string;
  databaseBytes: number;
  documents: number;
  updates: number;
  attachments: number;
  durationMs: number;
}

/** A backup that cannot be made, with a message for the operator (no stack trace needed). */
export class BackupError extends Error {}

/**
 * Copies a data folder while the server runs: the database through SQLite's online backup API (a consistent
 * snapshot, taken page by page without stopping writers), checked with `integrity_check`, then the technical
 * inputs' attachments. The database goes first: an attachment's file is written before its row, so every row
 * in the copy has its file (a file newer than the copy is harmless). The destination is a new folder, and it is
 * itself a data folder: a server started with `DATA_DIR` on it serves the copy.
 */
export async function backupDataDir(dataDir: string, destination: string): Promise<BackupReport> {
  const started = Date.now();
  const sourcePath = databaseFile(dataDir);
  if (!fs.existsSync(sourcePath)) throw new BackupError(`No database at ${sourcePath}: set DATA_DIR to the server's data folder.`);
  prepareDestination(destination);

  const target = databaseFile(destination);
  const partial = `${target}.part`;
  const source = new Database(sourcePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`The copy of ${sourcePath} failed: ${(error as Error).message}`);
  } finally {
    source.close();
  }

  const copy = new Database(partial, { fileMustExist: true });
  let documents: number;
  let updates: number;
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`The copy failed SQLite's integrity check: ${String(integrity)}`);
    documents = (copy.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    updates = (copy.prepare('SELECT count(*) AS n FROM yjs_updates').get() as { n: number }).n;
  } finally {
    copy.close();
  }
  fs.renameSync(partial, target);

  const attachments = copyAttachments(path.join(dataDir, 'attachments'), path.join(destination, 'attachments'));
  return { destination, databaseBytes: fs.statSync(target).size, documents, updates, attachments, durationMs: Date.now() - started };
}

function prepareDestination(destination: string): void {
  if (fs.existsSync(destination)) {
    if (!fs.statSync(destination).isDirectory()) throw new BackupError(`${destination} is a file: give a new folder to back up into.`);
    if (fs.readdirSync(destination).length > 0)
      throw new BackupError(`${destination} is not empty: give a new folder, so that no backup is overwritten.`);
    return;
  }
  try {
    fs.mkdirSync(destination, { recursive: true });
  } catch (error) {
    throw new BackupError(`Cannot create ${destination}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Copies the stored attachments, leaving out files still being written (`.part`); returns how many. */
function copyAttachments(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  fs.mkdirSync(to, { recursive: true });
  let copied = 0;
  for (const name of fs.readdirSync(from)) {
    if (name.endsWith('.part')) continue;
    fs.copyFileSync(path.join(from, name), path.join(to, name));
    copied++;
  }
  return copied;
}
