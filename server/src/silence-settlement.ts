import { eq } from 'drizzle-orm';
import { CLOSE_TEXT_FROZEN } from '@plenary/shared/protocol/index';
import { documents } from './db/schema.ts';
import { settleSilence, type SettledSilence } from './commands/silence-settler.ts';
import { announceSilenceEvent } from './announcers/silence-announcer.ts';
import { documentTarget } from './queries/document-access.ts';
import { dueSilences } from './queries/silence-reader.ts';
import type { Services } from './services.ts';

type SettlementServices = Pick<Services, 'db' | 'events' | 'rooms' | 'clock'>;

/**
 * Ends every silence procedure whose deadline has passed by the clock (on one document, or all), tells the
 * document's readers, and closes the document's sockets so that they come back with the right access: read-only for good once
 * the text is adopted, writable for the pen again once silence was broken.
 * Called by every read and write that concerns a procedure, and by the watch, so the end is seen live.
 */
export function settleDueSilences(services: SettlementServices, documentId?: string): SettledSilence[] {
  const settled = dueSilences(services.db, services.clock.now(), documentId)
    .map((procedure) => settleSilence(services.db, procedure.id))
    .filter((s): s is SettledSilence => s !== null);
  for (const { procedure, outcome } of settled) {
    const doc = services.db.select().from(documents).where(eq(documents.id, procedure.documentId)).get();
    if (!doc) continue;
    announceSilenceEvent(
      services,
      { doc, target: documentTarget(services.db, doc) },
      {
        type: 'silence.ended',
        data: { procedureId: procedure.id, outcome },
      },
    );
    // Everyone reconnects: read-only for good once adopted; the pen writes again once silence was broken.
    const why = outcome === 'adopted' ? 'The text was adopted and is final.' : 'Silence was broken: the text is negotiated again.';
    services.rooms.closePeers(doc.id, CLOSE_TEXT_FROZEN, why);
  }
  return settled;
}

/** Settles due procedures every `intervalMs` by the clock; returns the function that stops it. */
export function watchSilenceDeadlines(services: SettlementServices, intervalMs: number): () => void {
  const timer = setInterval(() => {
    try {
      settleDueSilences(services);
    } catch (error) {
      console.error('Could not settle the silence procedures due; will retry', error);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
