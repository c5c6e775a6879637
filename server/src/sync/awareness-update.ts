import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One entry of a y-protocols awareness update; `state` is the UTF-8 JSON text of the state (`null` removes it). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Uint8Array;
}

/**
 * Reads the entries of an awareness update (a count, then clientID, clock and state JSON per entry) one at a
 * time, without decoding or copying the state text, so a caller can refuse an oversized one before parsing it.
 * Throws on a truncated update.
 */
export function* readAwarenessEntries(update: Uint8Array): Generator<AwarenessEntry> {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarUint8Array(decoder);
    yield { clientId, clock, state };
  }
}

/** Encodes entries as an awareness update, byte for byte as y-protocols writes one. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarUint8Array(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
