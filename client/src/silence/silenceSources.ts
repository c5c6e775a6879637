import type { CollectionSource } from '../data/liveCollection.ts';
import { getSilence, listPositionStatements, type PositionStatement, type SilenceOverview } from './silenceApi.ts';

/** What the client saw of the server's clock when the overview arrived: countdowns run on the server's time. */
export interface TimedOverview extends SilenceOverview {
  /** Server time minus this browser's time, in milliseconds, when the answer arrived. */
  clockOffsetMs: number;
}

/** The document's silence procedures, as a collection of one reloaded by every silence event. */
export function silenceSource(documentId: string): CollectionSource<TimedOverview> {
  return {
    key: `silence:${documentId}`,
    idOf: (overview) => overview.current?.id ?? 'none',
    fetchList: async (signal) => {
      const overview = await getSilence(documentId, signal);
      return { items: [{ ...overview, clockOffsetMs: new Date(overview.now).getTime() - Date.now() }] };
    },
    live: {
      documentId,
      events: { 'silence.started': () => null, 'silence.broken': () => null, 'silence.ended': () => null },
    },
  };
}

/** The explanations of position and reservations on the final text. */
export function positionStatementSource(documentId: string): CollectionSource<PositionStatement> {
  return {
    key: `position-statements:${documentId}`,
    idOf: (statement) => String(statement.id),
    fetchList: async (signal) => ({ items: await listPositionStatements(documentId, signal) }),
    compare: (a, b) => a.id - b.id,
    live: { documentId, events: { 'position-statement.recorded': () => null } },
  };
}
