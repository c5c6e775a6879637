import { describe, expect, it } from 'vitest';
import { RequestTurns } from './request-turns.ts';

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('RequestTurns', () => {
  it('gives turns in arrival order', async () => {
    const turns = new RequestTurns();
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => turns.next().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
    expect(turns.queued).toBe(0);
  });

  it('lets the event loop run between two turns, so what arrived meanwhile is not kept waiting for the burst', async () => {
    const turns = new RequestTurns();
    const order: string[] = [];
    const first = turns.next().then(() => {
      order.push('first request');
      // Something that became due while the first request worked (a timer here; a socket's data alike).
      setTimeout(() => order.push('meanwhile'), 0);
      busyFor(5);
    });
    const second = turns.next().then(() => order.push('second request'));
    await Promise.all([first, second]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual(['first request', 'meanwhile', 'second request']);
  });
});
