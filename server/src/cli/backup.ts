/**
 * `npm run backup -- DESTINATION`: an online backup of the data folder (DATA_DIR, default ./data) into a new
 * folder, safe while people edit. Restore by starting the server with DATA_DIR set to that folder, or by copying
 * its contents into the data folder of a stopped server (see the README, "Backup and restore").
 */
import { loadConfig } from '../config.ts';
import { BackupError, backupDataDir } from '../backup/online-backup.ts';

const destination = process.argv[2];
if (!destination || destination.startsWith('-')) {
  console.error('Usage: npm run backup -- DESTINATION   (a new or empty folder)');
  process.exit(2);
}

try {
  const report = await backupDataDir(loadConfig().dataDir, destination);
  const megabytes = (report.databaseBytes / 1024 / 1024).toFixed(1);
  console.log(
    `Backed up to ${report.destination} in ${report.durationMs} ms: ${megabytes} MB database (integrity ok), ` +
      `${report.documents} documents, ${report.updates} logged updates, ${report.attachments} attachments.`,
  );
} catch (error) {
  console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error);
  process.exit(1);
}
