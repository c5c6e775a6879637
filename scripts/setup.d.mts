/** The Node arguments that run the compiled server, from the server folder. */
export const SERVER_NODE_ARGS: readonly string[];
/** Builds the server into plain JavaScript (server/dist) when its sources, or shared's, are newer. */
export function ensureServerBuilt(): void;
/** Builds the client (client/dist) when it is missing or older than its sources. */
export function ensureClientBuilt(): void;
