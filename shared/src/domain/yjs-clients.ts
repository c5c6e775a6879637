/**
 * How a Yjs client id writes to a document: a pen-holder's socket, a server-side change made on someone's
 * decision (applying an accepted proposal), or a server-side change that takes an accepted proposal's words
 * back out when a pen-holder reopens the decision.
 */
export const YJS_CLIENT_SOURCES = ['socket', 'server', 'revert'] as const;
export type YjsClientSource = (typeof YJS_CLIENT_SOURCES)[number];
