import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { openDatabase, type Db } from './client.ts';
import { idsIn, preparedQuery } from './prepared.ts';
import { processes } from './schema.ts';

const open: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of open.splice(0)) {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function databaseWith(ids: readonly string[]): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-prepared-'));
  const db = openDatabase(dir);
  open.push({ db, dir });
  const insert = db.$client.prepare("INSERT INTO processes (id, title, short_title, created_at) VALUES (?, ?, ?, '2026-01-01')");
  for (const id of ids) insert.run(id, `Process ${id}`, id);
  return db;
}

let builds = 0;
const processesWithIds = preparedQuery((db) => {
  builds++;
  return db.select({ id: processes.id }).from(processes).where(idsIn(processes.id, 'ids')).orderBy(asc(processes.id)).prepare();
});

describe('preparedQuery and idsIn', () => {
  it('binds lists of any length to one statement, the empty list matching nothing', () => {
    const many = Array.from({ length: 1500 }, (_, i) => `p${String(i).padStart(4, '0')}`);
    const db = databaseWith(many);
    const ids = (list: readonly string[]) =>
      processesWithIds(db)
        .all({ ids: JSON.stringify(list) })
        .map((r) => r.id);
    expect(ids([])).toEqual([]);
    expect(ids(['p0007', 'p0003', 'missing'])).toEqual(['p0003', 'p0007']);
    expect(ids(many)).toEqual(many);
    expect(ids(["p0001' OR 1=1 --"])).toEqual([]);
  });

  it('prepares once per database and reads each database through its own statement', () => {
    const before = builds;
    const first = databaseWith(['a', 'b']);
    const second = databaseWith(['b', 'c']);
    const both = JSON.stringify(['a', 'b', 'c']);
    expect(
      processesWithIds(first)
        .all({ ids: both })
        .map((r) => r.id),
    ).toEqual(['a', 'b']);
    expect(
      processesWithIds(second)
        .all({ ids: both })
        .map((r) => r.id),
    ).toEqual(['b', 'c']);
    expect(processesWithIds(first)).toBe(processesWithIds(first));
    expect(builds - before).toBe(2);
  });
});
