import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { InputAttachmentKind } from '@plenary/shared/domain/index';
import { inputAttachments } from '../db/schema.ts';
import type { Services } from '../services.ts';
import type { InputAccess } from '../queries/input-access.ts';
import { audit } from './audit.ts';

/** Where an attachment's bytes live: under DATA_DIR, by the attachment's id, never by the uploaded name. */
export function attachmentPath(dataDir: string, attachmentId: string): string {
  return path.join(dataDir, 'attachments', attachmentId);
}

/**
 * Stores a checked file for an input: written under a temporary name and renamed into place, then its row
 * (and the audit row) inserted; a failed insert removes the file again, so a refusal leaves nothing behind.
 */
export function attachToInput(
  services: Pick<Services, 'db' | 'config'>,
  access: InputAccess,
  file: { name: string; kind: InputAttachmentKind; data: Uint8Array },
): string {
  const { input, participant, doc } = access;
  const id = randomUUID();
  const finalPath = attachmentPath(services.config.dataDir, id);
  const temporary = `${finalPath}.${randomUUID()}.part`;
  fs.mkdirSync(path.dirname(finalPath), { recursive: true });
  try {
    fs.writeFileSync(temporary, file.data, { flag: 'wx' });
    fs.renameSync(temporary, finalPath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  try {
    services.db.transaction((tx) => {
      tx.insert(inputAttachments)
        .values({
          id,
          inputId: input.id,
          fileName: file.name,
          kind: file.kind,
          bytes: file.data.length,
          sha256,
          uploadedByUserId: participant.user.id,
        })
        .run();
      audit(tx, {
        participant,
        action: 'input.attach',
        documentId: doc.id,
        target: input.id,
        details: { forStakeholderId: input.stakeholderId, attachmentId: id, kind: file.kind, bytes: file.data.length, sha256 },
      });
    });
  } catch (error) {
    fs.rmSync(finalPath, { force: true });
    throw error;
  }
  return id;
}
