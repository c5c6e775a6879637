import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, temporaryDataDir, type ServerProcess } from '../support/server-process.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';

let server: ServerProcess | undefined;
afterAll(() => server?.stop());

describe('a new data folder, prepared before the server starts', () => {
  it('holds the whole demo, once, however often the server restarts on it', async () => {
    const dataDir = temporaryDataDir();
    server = await startServerProcess({ dataDir, demoInputs: true });
    expect(server.output()).toContain('Demo accounts');
    const read = async () => {
      const iom = await ApiClient.login(server!.url, DEMO_EMAILS.iom);
      return {
        documents: (await iom.json<{ id: string }[]>('GET', '/api/documents')).map((d) => d.id),
        inputs: await iom.json<unknown[]>('GET', `/api/documents/gcm-brief-1/inputs`),
      };
    };
    const atFirstStart = await read();
    expect(atFirstStart.documents).toEqual(expect.arrayContaining(['gcm-compact', 'gcm-brief-1']));
    expect(atFirstStart.inputs.length).toBeGreaterThan(0);
    await server.stop('SIGTERM');

    server = await startServerProcess({ dataDir, demoInputs: true });
    expect(server.output()).toContain('Demo accounts');
    expect(await read()).toEqual(atFirstStart);
  });

  it('stops the start, naming the folder, when the folder cannot be prepared', async () => {
    const blocker = path.join(temporaryDataDir(), 'a-file');
    fs.writeFileSync(blocker, '');
    const dataDir = path.join(blocker, 'data');
    const start = startServerProcess({ dataDir });
    await expect(start).rejects.toThrow(`Preparing the data folder ${dataDir} failed (exit code 1)`);
    await expect(start).rejects.toThrow(/ENOTDIR/);
  });
});
