/**
 * Close codes the sync server sends. 4000–4999 are application-defined; a client that receives one of the
 * "reload" codes must drop its local copy of the document and load the server's state again.
 */
export const CLOSE_SERVER_SHUTDOWN = 1001;
export const CLOSE_STORAGE_FAILURE = 1011;
/** The message could not be decoded as y-websocket. */
export const CLOSE_MALFORMED = 4400;
/** The update would leave a document the shared schema refuses: nothing of it was stored. Reload. */
export const CLOSE_INVALID_UPDATE = 4422;
/** The update carries a Yjs client id that belongs to someone else. Reload with a fresh client id. */
export const CLOSE_CLIENT_ID_TAKEN = 4409;
/** Another connection's update was refused and the room reloaded its state from storage: reconnect. */
export const CLOSE_RESYNC = 4412;
/**
 * The text's write access changed: it went under silence or was adopted (nobody writes), or silence ended
 * broken (the pen writes again). Reconnect, and the server says who may write.
 */
export const CLOSE_TEXT_FROZEN = 4410;

/** The socket's session ended (signed out or expired): sign in again before reconnecting. */
export const CLOSE_SESSION_ENDED = 4401;
/** A presence state was larger than the server relays. */
export const CLOSE_PRESENCE_TOO_LARGE = 4413;
/** The socket sent presence for more client ids than one connection may have. */
export const CLOSE_PRESENCE_TOO_MANY_CLIENTS = 4414;
/**
 * The socket's user sent messages faster than the server accepts them (text changes from all their sockets
 * together, or presence from this one). Nothing stored is lost: reconnect after a moment, and the sync sends
 * whatever the server has not got.
 */
export const CLOSE_TOO_FAST = 4429;
/** The user already has as many sockets open on this document as one user may: close a tab, then reconnect. */
export const CLOSE_TOO_MANY_SOCKETS = 4430;
/** A message was larger than the server accepts (WebSocket's own code): it was not stored. Reload. */
export const CLOSE_MESSAGE_TOO_BIG = 1009;

/** Codes after which the client must discard its local document instead of re-sending it. */
export const RELOAD_CLOSE_CODES: ReadonlySet<number> = new Set([
  CLOSE_INVALID_UPDATE,
  CLOSE_CLIENT_ID_TAKEN,
  CLOSE_TEXT_FROZEN,
  CLOSE_MESSAGE_TOO_BIG,
]);

/**
 * Codes in the 4400–4499 range after which a client should still reconnect (stock y-websocket clients stop on
 * every code of that range): the server asked it to come back, or to slow down.
 */
export const RECONNECT_CLOSE_CODES: ReadonlySet<number> = new Set([CLOSE_RESYNC, CLOSE_TOO_FAST]);
