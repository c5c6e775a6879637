import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_ARGS } from '../../scripts/setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  url: string;
  origin: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  /** Sends a signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Moves the server's clock (started with the `clock` option) to this time. */
  setClock(time: Date | string): void;
}

export function temporaryDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-test-'));
}

/**
 * Per-user limits (README, "Limits") raised out of reach, for runs where a handful of demo accounts stand for
 * hundreds of people, or where one client is driven as fast as the server takes it: they measure the server,
 * not the limiter. `test/integration/limits.test.ts` tests the limits themselves.
 */
export const UNMETERED_LIMITS: Record<string, string> = {
  API_REQUESTS_PER_SECOND: '1000000',
  API_REQUEST_BURST: '1000000',
  SYNC_MESSAGES_PER_SECOND: '1000000',
  SYNC_MESSAGE_BURST: '1000000',
  SYNC_BYTES_PER_SECOND: '1000000000000',
  SYNC_BYTE_BURST: '1000000000000',
  SYNC_SOCKETS_PER_DOCUMENT: '1000000',
};

export interface ServerOptions {
  dataDir?: string;
  env?: Record<string, string>;
  /** Runs the server under `ulimit -f` (KiB): writes past that size fail as on a full disk. */
  fileSizeLimitKb?: number;
  /** Starts the server on an injected clock at this time (`PLENARY_CLOCK_FILE`), moved with `setClock`. */
  clock?: Date | string;
  /**
   * Seeds the demo's technical inputs (off by default: tests start from briefs without inputs and make their own,
   * so that every count they check is theirs).
   */
  demoInputs?: boolean;
  /** Node options before the server's own, such as `--inspect=127.0.0.1:0` to read its heap from outside. */
  nodeArgs?: string[];
}

/** Starts the real server (compiled from `server/src/main.ts`) as its own process on a free port. */
export async function startServerProcess(options: ServerOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? temporaryDataDir();
  const clockFile = path.join(dataDir, 'clock.txt');
  const setClock = (time: Date | string) => {
    if (options.clock === undefined) throw new Error('Start the server with the `clock` option to move its time.');
    // Written aside and renamed, so that the server never reads a half-written time.
    fs.writeFileSync(`${clockFile}.next`, new Date(time).toISOString());
    fs.renameSync(`${clockFile}.next`, clockFile);
  };
  const clockEnv: Record<string, string> = {};
  if (options.clock !== undefined) {
    setClock(options.clock);
    clockEnv.PLENARY_CLOCK_FILE = clockFile;
  }
  // The compiled server, as `npm start` runs it (built by the test run's global setup). Node itself, so that
  // signals such as SIGKILL reach the server directly; under a file-size limit the shell `exec`s into Node.
  const node = [process.execPath, ...(options.nodeArgs ?? []), ...SERVER_NODE_ARGS];
  const [command, ...args] = options.fileSizeLimitKb
    ? ['/bin/bash', '-c', `ulimit -f ${options.fileSizeLimitKb} && exec "$0" "$@"`, ...node]
    : node;
  const child = spawn(command!, args, {
    cwd: path.join(root, 'server'),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      DEMO_INPUTS: options.demoInputs ? 'on' : 'off',
      ...clockEnv,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 60_000);
    const onData = () => {
      const match = /running at (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    child,
    output: () => output,
    setClock,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
