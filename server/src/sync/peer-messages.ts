import * as decoding from 'lib0/decoding';
import type { Peer } from './peer.ts';
import type { DocumentRoom } from './room.ts';
import { encodeAwareness, readSyncMessage } from './protocol.ts';
import { MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from '@plenary/shared/protocol/index';

/**
 * Handles one binary message from a peer. Throws a SyncRefusal when the peer breaks a limit and an Error on anything
 * malformed; the caller closes the socket.
 */
export function receivePeerMessage(room: DocumentRoom, peer: Peer, data: Uint8Array): void {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const apply = peer.writable ? (update: Uint8Array) => room.applyPeerUpdate(peer, update) : null;
      const reply = readSyncMessage(decoder, room.doc, apply);
      // An answer carries the document's content: it waits until the updates of this turn are stored.
      if (reply) room.sendWhenStored(peer, reply);
      return;
    }
    case MESSAGE_AWARENESS:
      room.receiveAwareness(peer, decoding.readVarUint8Array(decoder));
      return;
    case MESSAGE_QUERY_AWARENESS:
      room.presence.countMessage(peer);
      room.sendPresence(peer, encodeAwareness(room.awareness, [...room.awareness.getStates().keys()]));
      return;
    case MESSAGE_AUTH:
      return;
    default:
      throw new Error(`Unknown message type ${type}`);
  }
}
