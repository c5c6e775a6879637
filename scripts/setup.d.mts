/** Builds the server into plain JavaScript (server/dist) when its sources, or shared's, are newer. */
export function ensureServerBuilt(): void;
