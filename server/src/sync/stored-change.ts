import type { Writer } from './writer.ts';

/**
 * A server-side text change that is already in the log (committed with the SQL change that caused it).
 * Passed as the origin when the room applies it, so the room broadcasts it without storing it twice.
 */
export class StoredChange {
  constructor(
    readonly documentId: string,
    readonly update: Uint8Array,
    readonly writer: Writer,
    readonly clientId: number,
  ) {}
}
