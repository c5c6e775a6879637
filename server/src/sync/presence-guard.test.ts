import { assert, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE_TOO_FAST, CLOSE_PRESENCE_TOO_LARGE, CLOSE_PRESENCE_TOO_MANY_CLIENTS } from '@plenary/shared/protocol/index';
import { encodeAwarenessEntries, readAwarenessEntries } from './awareness-update.ts';
import { newEditingSession, type Peer } from './peer.ts';
import { PresenceGuard, PRESENCE_LIMITS } from './presence-guard.ts';
import { SyncRefusal } from './sync-refusal.ts';

const SERVER_CLIENT_ID = 1;
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const update = (...entries: Array<[clientId: number, clock: number, state: unknown]>) =>
  encodeAwarenessEntries(entries.map(([clientId, clock, state]) => ({ clientId, clock, state: json(state) })));
const clientIdsOf = (admitted: Uint8Array | null) => (admitted ? [...readAwarenessEntries(admitted)].map((e) => e.clientId) : []);

function socket(name: string): Peer {
  return {
    userId: name,
    writable: false,
    identity: { userId: name, name, stakeholder: name, stakeholderId: name, role: 'delegate' },
    writer: { userId: name, stakeholderId: name, role: 'delegate', source: 'socket' },
    session: newEditingSession(),
    send: () => {},
    close: () => {},
  };
}

function refusalCode(fn: () => unknown): number {
  try {
    fn();
  } catch (error) {
    if (error instanceof SyncRefusal) return error.code;
    throw error;
  }
  throw new Error('not refused');
}

describe('awareness update codec', () => {
  it('reads and writes exactly what y-protocols encodes', () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Ana' }, cursor: null });
    const encoded = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const entries = [...readAwarenessEntries(encoded)];
    expect(entries.map((e) => [e.clientId, e.clock, new TextDecoder().decode(e.state)])).toEqual([
      [awareness.clientID, 1, JSON.stringify({ user: { name: 'Ana' }, cursor: null })],
    ]);
    expect(encodeAwarenessEntries(entries)).toEqual(encoded);
    awareness.destroy();
  });

  it('throws on a truncated update', () => {
    expect(() => [...readAwarenessEntries(update([5, 1, { a: 1 }]).subarray(0, 4))]).toThrow();
  });
});

describe('PresenceGuard', () => {
  it('lets a socket publish, update and remove its own state', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID);
    const ana = socket('ana');
    expect(clientIdsOf(guard.admit(ana, update([10, 1, { cursor: 1 }])))).toEqual([10]);
    expect(clientIdsOf(guard.admit(ana, update([10, 2, { cursor: 2 }])))).toEqual([10]);
    expect(clientIdsOf(guard.admit(ana, update([10, 3, null])))).toEqual([10]);
  });

  it("drops entries naming another socket's client id, and the server's own", () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID);
    const ana = socket('ana');
    const eve = socket('eve');
    guard.admit(ana, update([10, 1, { cursor: 1 }]));
    expect(guard.admit(eve, update([10, 5, { cursor: 99 }]))).toBeNull();
    expect(guard.admit(eve, update([10, 6, null]))).toBeNull();
    expect(guard.admit(eve, update([SERVER_CLIENT_ID, 1, { cursor: 1 }]))).toBeNull();
    expect(clientIdsOf(guard.admit(eve, update([10, 7, { cursor: 1 }], [20, 1, { cursor: 2 }])))).toEqual([20]);
  });

  it('does not let a socket claim an id by removing it', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID);
    const eve = socket('eve');
    const ana = socket('ana');
    expect(guard.admit(eve, update([10, 1, null]))).toBeNull();
    expect(clientIdsOf(guard.admit(ana, update([10, 2, { cursor: 1 }])))).toEqual([10]);
  });

  it('frees the ids of a socket that left, for its reconnection', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID);
    const before = socket('ana');
    const after = socket('ana');
    guard.admit(before, update([10, 1, { cursor: 1 }]));
    expect(guard.release(before)).toEqual([10]);
    expect(guard.release(before)).toEqual([]);
    expect(clientIdsOf(guard.admit(after, update([10, 2, { cursor: 1 }])))).toEqual([10]);
  });

  it('refuses a state over the size limit before parsing it', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID);
    const big = { user: { name: 'x'.repeat(PRESENCE_LIMITS.maxStateBytes) } };
    expect(refusalCode(() => guard.admit(socket('eve'), update([10, 1, big])))).toBe(CLOSE_PRESENCE_TOO_LARGE);
    const notJson = encodeAwarenessEntries([{ clientId: 11, clock: 1, state: new Uint8Array(PRESENCE_LIMITS.maxStateBytes + 1) }]);
    expect(refusalCode(() => guard.admit(socket('eve'), notJson))).toBe(CLOSE_PRESENCE_TOO_LARGE);
    const justFits = { pad: 'x'.repeat(PRESENCE_LIMITS.maxStateBytes - JSON.stringify({ pad: '' }).length) };
    expect(clientIdsOf(guard.admit(socket('ana'), update([12, 1, justFits])))).toEqual([12]);
  });

  it('refuses more client ids per socket than the limit, in one message or over several', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID);
    const many = Array.from({ length: PRESENCE_LIMITS.maxClientIdsPerSocket + 1 }, (_, i): [number, number, unknown] => [100 + i, 1, {}]);
    expect(refusalCode(() => guard.admit(socket('eve'), update(...many)))).toBe(CLOSE_PRESENCE_TOO_MANY_CLIENTS);
    const eve = socket('eve');
    for (let i = 0; i < PRESENCE_LIMITS.maxClientIdsPerSocket; i++) guard.admit(eve, update([200 + i, 1, {}]));
    // Removing its states does not give a socket room for new ids: each id it ever claimed counts.
    for (let i = 0; i < PRESENCE_LIMITS.maxClientIdsPerSocket; i++) guard.admit(eve, update([200 + i, 2, null]));
    expect(refusalCode(() => guard.admit(eve, update([300, 1, {}])))).toBe(CLOSE_PRESENCE_TOO_MANY_CLIENTS);
  });

  it('refuses presence faster than the rate once the burst is spent, queries included', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID, () => undefined, { ...PRESENCE_LIMITS, burst: 3 });
    const eve = socket('eve');
    guard.admit(eve, update([10, 1, {}]));
    guard.countMessage(eve);
    guard.admit(eve, update([10, 2, {}]));
    expect(refusalCode(() => guard.admit(eve, update([10, 3, {}])))).toBe(CLOSE_TOO_FAST);
    expect(refusalCode(() => guard.countMessage(eve))).toBe(CLOSE_TOO_FAST);
    expect(clientIdsOf(guard.admit(socket('ana'), update([20, 1, {}])))).toEqual([20]);
  });

  it('throws a plain error on a state that is not a JSON object or null', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID);
    expect(() => guard.admit(socket('eve'), update([10, 1, 'text']))).toThrow(/object or null/);
    expect(() => guard.admit(socket('eve'), update([11, 1, [1, 2]]))).toThrow(/object or null/);
    const broken = encodeAwarenessEntries([{ clientId: 12, clock: 1, state: new TextEncoder().encode('{"a":') }]);
    expect(() => guard.admit(socket('eve'), broken)).toThrow(SyntaxError);
  });

  it("drops a stock client's echo of everyone's states without counting their ids as its own", () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID);
    const room = Array.from({ length: 50 }, (_, i) => socket(`p${i}`));
    room.forEach((peer, i) => guard.admit(peer, update([1000 + i, 1, { cursor: i }])));
    const newcomer = socket('newcomer');
    guard.sent(newcomer);
    const everyone = room.map((_, i): [number, number, unknown] => [1000 + i, 1, { cursor: i }]);
    expect(guard.admit(newcomer, update(...everyone, [SERVER_CLIENT_ID, 1, {}]))).toBeNull();
    expect(clientIdsOf(guard.admit(newcomer, update([2000, 1, { cursor: 0 }])))).toEqual([2000]);
    // Echoing the removal of a state whose socket has left is no claim either.
    const [leaver, stayer] = room;
    assert(leaver && stayer);
    guard.release(leaver);
    guard.sent(newcomer);
    expect(guard.admit(newcomer, update([1000, 2, null]))).toBeNull();
    expect(clientIdsOf(guard.admit(stayer, update([1001, 2, { cursor: 9 }])))).toEqual([1001]);
  });

  it("drops a late echo of a departed socket's state: the room has passed its clock, so nobody claims the id", () => {
    const clocks = new Map<number, number>();
    const guard = new PresenceGuard(SERVER_CLIENT_ID, (clientId) => clocks.get(clientId));
    const watcher = socket('watcher');
    for (let i = 0; i < PRESENCE_LIMITS.maxClientIdsPerSocket * 3; i++) {
      const leaver = socket(`leaver${i}`);
      const clientId = 5000 + i;
      guard.admit(leaver, update([clientId, 3, { cursor: i }]));
      clocks.set(clientId, 3);
      guard.sent(watcher);
      // The room removes the leaver's state at the clock it had (y-protocols moves only its own); the watcher's echo
      // of that clock is still on its way.
      guard.release(leaver);
      expect(guard.admit(watcher, update([clientId, 3, { cursor: i }]))).toBeNull();
    }
    expect(clientIdsOf(guard.admit(watcher, update([6000, 1, { cursor: 0 }])))).toEqual([6000]);
    // The one who left, back on a new socket, claims its id again with its next clock (its own state at the old
    // clock is no news to the room, which y-protocols would ignore as well).
    const back = socket('leaver0');
    expect(guard.admit(back, update([5000, 3, { cursor: 1 }]))).toBeNull();
    expect(clientIdsOf(guard.admit(back, update([5000, 4, { cursor: 1 }])))).toEqual([5000]);
  });

  it('pays for echoes with the messages sent to the socket, and charges any beyond them to its rate', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID, () => undefined, { ...PRESENCE_LIMITS, burst: 3 });
    const ana = socket('ana');
    guard.admit(ana, update([10, 1, {}]));
    const eve = socket('eve');
    for (let i = 0; i < 100; i++) guard.sent(eve);
    for (let i = 0; i < 100; i++) expect(guard.admit(eve, update([10, 1, {}]))).toBeNull();
    // Its own rate is untouched by the echoes, and unearned ones use it up.
    expect(clientIdsOf(guard.admit(eve, update([20, 1, {}])))).toEqual([20]);
    guard.admit(eve, update([10, 1, {}]));
    guard.admit(eve, update([10, 1, {}]));
    expect(refusalCode(() => guard.admit(eve, update([10, 1, {}])))).toBe(CLOSE_TOO_FAST);
  });

  it('keeps at most the configured number of echoes in hand', () => {
    const guard = new PresenceGuard(SERVER_CLIENT_ID, () => undefined, { ...PRESENCE_LIMITS, burst: 1, maxEchoes: 5 });
    guard.admit(socket('ana'), update([10, 1, {}]));
    const eve = socket('eve');
    for (let i = 0; i < 1000; i++) guard.sent(eve);
    for (let i = 0; i < 5 + 1; i++) guard.admit(eve, update([10, 1, {}]));
    expect(refusalCode(() => guard.admit(eve, update([10, 1, {}])))).toBe(CLOSE_TOO_FAST);
  });
});
