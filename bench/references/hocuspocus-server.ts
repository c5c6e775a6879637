/**
 * The Hocuspocus reference: `@hocuspocus/server` in memory with no extensions. Every document starts from the Yjs
 * update in `SEED_FILE` (the compact as Plenary serves it). Prints "running at <url>" once listening.
 */
import fs from 'node:fs';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';

const seed = process.env.SEED_FILE ? fs.readFileSync(process.env.SEED_FILE) : undefined;

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  onLoadDocument({ document }) {
    if (seed) Y.applyUpdate(document, seed);
    return Promise.resolve(document);
  },
});
await server.listen();
console.log(`running at http://127.0.0.1:${server.address.port}`);
