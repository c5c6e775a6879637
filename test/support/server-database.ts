import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerDatabase {
  prepare(sql: string): { all(...params: unknown[]): any[]; get(...params: unknown[]): any; run(...params: unknown[]): unknown };
  transaction<T>(fn: () => T): () => T;
  close(): void;
}

/** Opens the SQLite file of a server's data folder directly (the caller's own connection: read-only unless asked). */
export function openServerDatabase(dataDir: string, options: { readonly?: boolean } = { readonly: true }): ServerDatabase {
  const serverPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/package.json');
  const Database = createRequire(serverPackage)('better-sqlite3');
  return new Database(path.join(dataDir, 'plenary.sqlite'), { readonly: options.readonly ?? false, fileMustExist: true });
}
