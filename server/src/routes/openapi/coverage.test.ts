import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { startServer, type RunningServer } from '../../server.ts';

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-openapi-'));
  server = await startServer(loadConfig({ DATA_DIR: dataDir, CLIENT_DIR: dataDir, PORT: '0', NODE_ENV: 'production' }));
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** `GET /api/documents/{id}`: Hono's `:id` in OpenAPI's spelling. */
const operationKey = (method: string, honoPath: string) => `${method.toUpperCase()} ${honoPath.replace(/:(\w+)/g, '{$1}')}`;

/** Every API route the app registers: middleware and the catch-all answer every method and are left out. */
function registeredApiRoutes(): string[] {
  const { app } = createApp(server.services);
  const keys = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => operationKey(r.method, r.path));
  return [...new Set(keys)].sort();
}

async function documentedOperations(): Promise<string[]> {
  const response = await fetch(`${server.url}/api/openapi.json`);
  expect(response.status).toBe(200);
  const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths)
    .flatMap(([p, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${p}`))
    .sort();
}

describe('/api/openapi.json', () => {
  it('documents exactly the API routes the app serves', async () => {
    const registered = registeredApiRoutes();
    const documented = await documentedOperations();
    expect(registered.length).toBeGreaterThan(30);
    expect(
      registered.filter((key) => !documented.includes(key)),
      'routes without operation metadata',
    ).toEqual([]);
    expect(
      documented.filter((key) => !registered.includes(key)),
      'documented operations no route serves',
    ).toEqual([]);
  });

  it('gives every JSON answer a schema and every JSON request its body schema', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
      >;
    };
    const proposal = document.paths['/api/proposals/{id}']!.get!.responses['200']!.content!['application/json']!.schema as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(proposal.properties)).toEqual(expect.arrayContaining(['id', 'status', 'viewer', 'counts', 'decision']));
    expect(document.paths['/api/documents/{id}/proposals']!.post!.requestBody).toBeDefined();
    expect(document.paths['/api/documents/{id}/proposals']!.post!.responses['201']!.content).toBeDefined();
    const without = Object.entries(document.paths).flatMap(([p, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => Object.entries(op.responses).every(([status, r]) => !status.startsWith('2') || !r.content))
        .map(([method]) => `${method.toUpperCase()} ${p}`),
    );
    // Only these answer without a described body: the 204s, the sign-in redirects, and this document itself.
    expect(without.sort()).toEqual([
      'DELETE /api/me/sessions/{id}',
      'GET /api/auth/oidc/callback',
      'GET /api/auth/oidc/start',
      'GET /api/openapi.json',
      'POST /api/admin/invitations/{id}/revoke',
      'POST /api/auth/logout',
    ]);
  });
});
