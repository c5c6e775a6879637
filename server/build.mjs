// Bundles the server and its command-line tools into plain JavaScript (dist/), so production runs on
// Node alone. Dependencies stay external: Node loads them from node_modules, native modules included.
import fs from 'node:fs';
import { build } from 'esbuild';

// Chunks are named by their hash: those of an earlier build would pile up.
fs.rmSync('dist/chunks', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/main.ts', admin: 'src/cli/admin.ts', backup: 'src/cli/backup.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The exporters and Word readers are imported when first used: each becomes a chunk of its own.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  packages: 'external',
  // The workspace's own package is TypeScript source: bundle it in rather than leave it to Node.
  alias: { '@plenary/shared': '../shared/src' },
  sourcemap: true,
  // Stack traces need the mappings only: the sources stay out of the maps (a third of their size).
  sourcesContent: false,
  logLevel: 'warning',
});
