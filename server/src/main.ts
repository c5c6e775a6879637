import { loadConfig } from './config.ts';
import { prepareData, startServer } from './server.ts';
import { prepareNewDataFolderApart, preparingDataOnly } from './data-preparation.ts';
import { DEMO_PASSWORD } from './seed/demo-accounts.ts';

// A full disk (or a file-size limit) must fail the write that hit it, not kill the process: with this
// handler the write returns EFBIG and SQLite reports an I/O error that the storage paths handle.
process.on('SIGXFSZ', () => {});

const config = loadConfig();
if (preparingDataOnly) {
  await prepareData(config);
  process.exit(0);
}
await prepareNewDataFolderApart(config);
const server = await startServer(config);

if (server.demo) {
  console.log(`Demo accounts (password "${DEMO_PASSWORD}" for all):`);
  for (const account of server.demo.accounts) console.log(`  ${account.email.padEnd(28)} ${account.capacity}`);
  console.log('');
}
console.log(`Plenary is running at ${server.url}  (data in ${config.dataDir})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal} received: saving open documents and shutting down…`);
    void server.close().then(() => process.exit(0));
  });
}
