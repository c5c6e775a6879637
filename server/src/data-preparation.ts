import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { Config } from './config.ts';
import { databaseFile } from './db/client.ts';

/** Set in the environment of the child process that prepares a new data folder and exits. */
const PREPARE_ONLY = 'PLENARY_PREPARE_DATA_ONLY';

/** Whether this process was started to prepare the data folder, not to serve. */
export const preparingDataOnly = process.env[PREPARE_ONLY] === '1';

/**
 * Prepares a new data folder (migrations, reference data and, outside production, the demo) in a child process
 * running this same script, and waits for it. Seeding the demo allocates far more than the idle server holds, and
 * V8 keeps a heap it has grown: done in the server's own process, it left the idle server 15 MB larger. A folder
 * that already has its database is left to the server, which migrates it at start as before.
 */
export async function prepareNewDataFolderApart(config: Config): Promise<void> {
  if (fs.existsSync(databaseFile(config.dataDir))) return;
  // The child must not take the parent's debugger port (tests read the server's own inspector address).
  const nodeArgs = process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
  const child = spawn(process.execPath, [...nodeArgs, process.argv[1]!], {
    env: { ...process.env, [PREPARE_ONLY]: '1' },
    stdio: 'inherit',
  });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`Preparing the data folder ${config.dataDir} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
