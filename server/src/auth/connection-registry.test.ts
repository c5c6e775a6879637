import { describe, expect, it } from 'vitest';
import { ConnectionRegistry, type SessionConnection } from './connection-registry.ts';

function connection(sessionId: string) {
  const c = { sessionId, ended: 0, end: () => void c.ended++ };
  return c satisfies SessionConnection;
}

function registry(live: Set<string>) {
  return new ConnectionRegistry((ids) => new Set(ids.filter((id) => live.has(id))), 0);
}

describe('ConnectionRegistry', () => {
  it("ends every connection of a session at once, and only that session's", () => {
    const connections = registry(new Set(['a', 'b']));
    const [a1, a2, b1] = [connection('a'), connection('a'), connection('b')];
    for (const c of [a1, a2, b1]) connections.register(c);
    connections.endSession('a');
    expect([a1.ended, a2.ended, b1.ended]).toEqual([1, 1, 0]);
    expect(connections.size).toBe(1);
    connections.endSession('a');
    expect(a1.ended).toBe(1);
  });

  it('does not end a connection that already closed', () => {
    const connections = registry(new Set(['a']));
    const gone = connection('a');
    const unregister = connections.register(gone);
    unregister();
    unregister();
    connections.endSession('a');
    expect(gone.ended).toBe(0);
    expect(connections.size).toBe(0);
  });

  it('ends the connections of sessions that expired or were deleted, on the next check', () => {
    const live = new Set(['a', 'b']);
    const connections = registry(live);
    const [a, b] = [connection('a'), connection('b')];
    connections.register(a);
    connections.register(b);
    connections.endExpired();
    expect([a.ended, b.ended]).toEqual([0, 0]);
    live.delete('a');
    connections.endExpired();
    expect([a.ended, b.ended]).toEqual([1, 0]);
    expect(connections.size).toBe(1);
  });

  it('ends a connection at once when its session ended before it opened', () => {
    const connections = registry(new Set());
    const late = connection('gone');
    connections.register(late);
    expect(late.ended).toBe(1);
    expect(connections.size).toBe(0);
  });

  it('keeps ending the others when one fails to end', () => {
    const connections = registry(new Set(['a']));
    const failing = {
      sessionId: 'a',
      end: () => {
        throw new Error('already closed');
      },
    };
    const other = connection('a');
    connections.register(failing);
    connections.register(other);
    const log = console.error;
    console.error = () => {};
    try {
      connections.endSession('a');
    } finally {
      console.error = log;
    }
    expect(other.ended).toBe(1);
  });
});
