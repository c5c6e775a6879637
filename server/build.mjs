// Bundles the server and its command-line tool into plain JavaScript (dist/), so production runs on
// Node alone. Dependencies stay external: Node loads them from node_modules, native modules included.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts', admin: 'src/cli/admin.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // The workspace's own package is TypeScript source: bundle it in rather than leave it to Node.
  alias: { '@plenary/shared': '../shared/src' },
  sourcemap: true,
  logLevel: 'warning',
});
