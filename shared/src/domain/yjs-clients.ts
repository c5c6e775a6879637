/** How a Yjs client id writes to a document: a pen-holder's socket, or a server-side change made on someone's decision. */
export const YJS_CLIENT_SOURCES = ['socket', 'server'] as const;
export type YjsClientSource = (typeof YJS_CLIENT_SOURCES)[number];
