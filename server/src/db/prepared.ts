import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/**
 * A query built and prepared once per database, for the reads that run for every page of a list: drizzle would
 * otherwise rebuild its SQL and SQLite re-prepare the statement on every call, which a CPU profile of the size
 * benchmark's open put at a tenth of the server's time. Declare it at module level; `build` receives the database and returns
 * `….prepare()`, with `sql.placeholder` for its values (and `idsIn` for a list of ids).
 */
export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byDatabase = new WeakMap<Db, Q>();
  return (db) => {
    let query = byDatabase.get(db);
    if (query === undefined) {
      query = build(db);
      byDatabase.set(db, query);
    }
    return query;
  };
}

/**
 * `column IN (…)` over a list bound as one JSON placeholder, so that one prepared statement serves lists of any
 * length: pass `JSON.stringify(ids)` as the placeholder's value.
 */
export const idsIn = (column: Parameters<typeof sql>[1], placeholder: string) =>
  sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(placeholder)}))`;
