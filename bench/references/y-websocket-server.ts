/**
 * The y-websocket reference: the package's own `setupWSConnection` on a plain `ws` server, in memory. Every room
 * starts from the Yjs update in `SEED_FILE` (the compact as Plenary serves it), so both servers relay the same
 * document. Prints "running at <url>" once listening, as the Plenary server does.
 */
import fs from 'node:fs';
import http from 'node:http';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { setContentInitializor, setupWSConnection } from '@y/websocket-server/utils';

const seed = process.env.SEED_FILE ? fs.readFileSync(process.env.SEED_FILE) : undefined;
if (seed)
  setContentInitializor((doc: Y.Doc) => {
    Y.applyUpdate(doc, seed);
    return Promise.resolve();
  });

const server = http.createServer((_request, response) => response.end('okay'));
const sockets = new WebSocketServer({ server });
sockets.on('connection', (socket, request) => setupWSConnection(socket, request));
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`running at http://127.0.0.1:${address.port}`);
});
