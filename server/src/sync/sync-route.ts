import { Hono, type MiddlewareHandler } from 'hono';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import type { WebSocket } from 'ws';
import { holdsPen } from '@plenary/shared/permissions/index';
import type { AppEnv } from '../http/env.ts';
import { ApiError } from '../http/errors.ts';
import { crossSiteMessage, foreignOriginReason } from '../http/origin-check.ts';
import { requireSession, requireUser } from '../http/session.ts';
import { loadDocumentAccess } from '../policies/participation.ts';
import type { Peer } from './peer.ts';
import type { DocumentRoom } from './room.ts';
import { receivePeerMessage } from './peer-messages.ts';
import { SyncRefusal } from './sync-refusal.ts';
import { CLOSE_MALFORMED, CLOSE_SESSION_ENDED } from '@plenary/shared/protocol/index';

type SyncEnv = AppEnv & { Variables: { peerSetup: Omit<Peer, 'send' | 'close'> & { documentId: string } } };

/** Authenticates and authorizes the upgrade before any socket exists: refused upgrades get 401/403/404. */
const authorizeSync: MiddlewareHandler<SyncEnv> = async (c, next) => {
  // Any page may open a WebSocket with the user's cookies (SameSite does not cover other ports of the same site).
  const foreign = foreignOriginReason(c);
  if (foreign) throw new ApiError(403, 'csrf', crossSiteMessage(foreign));
  const user = requireUser(c);
  const access = loadDocumentAccess(c.var.services.db, user, c.req.param('documentId')!);
  const { participant, target, doc } = access;
  c.set('peerSetup', {
    documentId: doc.id,
    userId: user.id,
    writable: holdsPen(participant.actor, target),
    identity: {
      userId: user.id,
      name: user.name,
      stakeholder: participant.stakeholder.shortName,
      role: participant.membership.role,
    },
  });
  await next();
};

/** `/sync/:documentId`: the y-websocket endpoint. */
export function syncRoutes(upgradeWebSocket: UpgradeWebSocket<WebSocket>) {
  return new Hono<SyncEnv>().get(
    '/:documentId',
    authorizeSync,
    upgradeWebSocket((c) => {
      const { documentId, ...setup } = c.var.peerSetup;
      const sessionId = requireSession(c).id;
      const { rooms, connections, keepalive } = c.var.services;
      let room: DocumentRoom;
      let peer: Peer;
      let stopTracking: (() => void) | undefined;
      return {
        onOpen(_event, ws: WSContext<WebSocket>) {
          room = rooms.open(documentId);
          peer = {
            ...setup,
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
        onMessage(event, ws) {
          // Once closing (signed out, or refused), nothing more it sends is heard.
          if (ws.readyState !== 1) return;
          if (!(event.data instanceof ArrayBuffer)) {
            ws.close(CLOSE_MALFORMED, 'Binary y-websocket messages only');
            return;
          }
          try {
            receivePeerMessage(room, peer, new Uint8Array(event.data));
          } catch (error) {
            if (error instanceof SyncRefusal) ws.close(error.code, error.message);
            else ws.close(CLOSE_MALFORMED, 'Malformed message');
          }
        },
        onClose() {
          stopTracking?.();
          if (!peer) return;
          room.leave(peer);
          rooms.release(room);
        },
      };
    }),
  );
}
