import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';
import { DEFAULT_MIGRATIONS_DIR } from '../config.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The SQLite file of a data folder. */
export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'plenary.sqlite');
}

/** Opens (creating if needed) the SQLite file in dataDir, in WAL mode, with every migration applied. */
export function openDatabase(dataDir: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(databaseFile(dataDir));
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed update survives a power cut, not only a crash of the process (NORMAL may lose the last
  // commits in WAL mode). The rooms keep its cost down by committing the updates of one event-loop turn together.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db: Db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsDir });
  return db;
}

/** A transaction handle, as passed to `db.transaction((tx) => …)` callbacks. */
export type DbTransaction = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Where a write may go: the database itself or an open transaction. Commands take it explicitly. */
export type DbHandle = Db | DbTransaction;
