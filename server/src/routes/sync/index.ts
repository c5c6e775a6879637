import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import type { WebSocket } from 'ws';
import { holdsPen } from '@plenary/shared/permissions/index';
import type { AppEnv } from '../../http/env.ts';
import { crossSiteMessage, foreignOriginReason } from '../../http/origin-check.ts';
import { requireSession, requireUser } from '../../http/session.ts';
import { ApiError } from '../../errors.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { recordEditingSession } from '../../commands/editing-session-recorder.ts';
import { newEditingSession, type Peer } from '../../sync/peer.ts';
import type { DocumentRoom } from '../../sync/room.ts';
import { receivePeerMessage } from '../../sync/peer-messages.ts';
import { SyncRefusal } from '../../sync/sync-refusal.ts';
import {
  CLOSE_MALFORMED,
  CLOSE_SESSION_ENDED,
  CLOSE_STORAGE_FAILURE,
  CLOSE_TOO_MANY_SOCKETS,
  MESSAGE_SYNC,
} from '@plenary/shared/protocol/index';
import type { Participant } from '../../policies/actors.ts';
import { runningSilence, textAdoption } from '../../queries/silence-reader.ts';
import { settleDueSilences } from '../../silence-settlement.ts';

type PeerSetup = Omit<Peer, 'send' | 'close' | 'session'> & { documentId: string; participant: Participant };
type SyncEnv = AppEnv & { Variables: { peerSetup: PeerSetup } };

/** Authenticates and authorizes the upgrade before any socket exists: refused upgrades get 401/403/404. */
const authorizeSync: MiddlewareHandler<SyncEnv> = async (c, next) => {
  // Any page may open a WebSocket with the user's cookies (SameSite does not cover other ports of the same site).
  const foreign = foreignOriginReason(c);
  if (foreign) throw new ApiError(403, 'csrf', crossSiteMessage(foreign));
  const user = requireUser(c);
  const access = loadDocumentAccess(c.var.services.db, user, c.req.param('documentId')!);
  const { participant, target, doc } = access;
  if (!c.var.services.syncLimiter.maySocketOpen(user.id, doc.id)) {
    throw new ApiError(429, 'too_many_sockets', tooManySockets(c.var.services.config.limits.syncSocketsPerDocument));
  }
  settleDueSilences(c.var.services, doc.id);
  // An adopted text is final and a text under silence frozen: nobody writes to it, the pen-holders included.
  const final = textAdoption(c.var.services.db, doc.id) !== undefined || runningSilence(c.var.services.db, doc.id) !== undefined;
  c.set('peerSetup', {
    documentId: doc.id,
    userId: user.id,
    writable: !final && holdsPen(participant.actor, target),
    participant,
    writer: { userId: user.id, stakeholderId: participant.stakeholder.id, role: participant.membership.role, source: 'socket' },
    identity: {
      userId: user.id,
      name: user.name,
      stakeholder: participant.stakeholder.shortName,
      stakeholderId: participant.stakeholder.id,
      role: participant.membership.role,
    },
  });
  await next();
};

function tooManySockets(most: number): string {
  return `You have this document open in ${most} tabs or windows already: close one, then reload.`;
}

/** `/sync/:documentId`: the y-websocket endpoint. */
export function syncRoutes(upgradeWebSocket: UpgradeWebSocket<WebSocket>) {
  return new Hono<SyncEnv>().get(
    '/:documentId',
    authorizeSync,
    upgradeWebSocket((c: Context<SyncEnv>) => {
      const { documentId, participant, ...setup } = c.var.peerSetup;
      const sessionId = requireSession(c).id;
      const { rooms, db, connections, keepalive, syncLimiter, config } = c.var.services;
      let room: DocumentRoom;
      let peer: Peer;
      let stopTracking: (() => void) | undefined;
      let releaseSocket: (() => void) | null = null;
      return {
        onOpen(_event, ws: WSContext<WebSocket>) {
          // Counted again here: other upgrades of the same user may have opened since this one was authorized.
          releaseSocket = syncLimiter.openSocket(setup.userId, documentId);
          if (!releaseSocket) {
            ws.close(CLOSE_TOO_MANY_SOCKETS, tooManySockets(config.limits.syncSocketsPerDocument));
            return;
          }
          try {
            room = rooms.open(documentId);
          } catch (error) {
            console.error(`Could not open document ${documentId}`, error);
            ws.close(CLOSE_STORAGE_FAILURE, 'Storage failure');
            return;
          }
          peer = {
            ...setup,
            session: newEditingSession(),
            send: (message) => {
              if (ws.readyState === 1) ws.send(message as Uint8Array<ArrayBuffer>);
            },
            close: (code, reason) => ws.close(code, reason),
          };
          room.join(peer);
          const stopPinging = keepalive.watch(ws.raw!);
          const unregister = connections.register({ sessionId, end: () => ws.close(CLOSE_SESSION_ENDED, 'Session ended') });
          stopTracking = () => {
            stopPinging();
            unregister();
          };
        },
        onMessage(event: { data: unknown }, ws) {
          // Once closing (signed out, or refused), nothing more it sends is heard.
          if (ws.readyState !== 1) return;
          // No check of silence deadlines here: starting a silence closes the pen's sockets, which come back
          // read-only, so a writable socket exists only while no silence runs (and checking on every keystroke
          // would cost a query each).
          if (!(event.data instanceof ArrayBuffer)) {
            ws.close(CLOSE_MALFORMED, 'Binary y-websocket messages only');
            return;
          }
          try {
            const message = new Uint8Array(event.data);
            // The text's messages count against the user's rate, all their sockets together; presence is the room's.
            if (message[0] === MESSAGE_SYNC) syncLimiter.countTextMessage(peer.userId, message.byteLength);
            receivePeerMessage(room, peer, message);
          } catch (error) {
            if (error instanceof SyncRefusal) ws.close(error.code, error.message);
            else ws.close(CLOSE_MALFORMED, 'Malformed message');
          }
        },
        onClose() {
          releaseSocket?.();
          stopTracking?.();
          if (!peer) return;
          room.leave(peer);
          rooms.release(room);
          recordEditingSession(db, { participant, documentId, session: peer.session });
        },
      };
    }),
  );
}
