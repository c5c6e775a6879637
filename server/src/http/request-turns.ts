import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * Lets requests take turns on the event loop. A request's work on the database and its presenting are synchronous,
 * and requests that arrive together (a delegate's page opening a final reading asks for some thirty) would otherwise
 * run back to back in one turn: every socket message and every request behind them would wait for the whole burst.
 * Here each request starts its work in a turn of the event loop of its own, and the sockets are read between
 * turns, so the longest wait is one request's work, not the sum of a burst.
 */
export class RequestTurns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves when it is this caller's turn: in arrival order, one per turn of the event loop. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  get queued(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // An immediate queued by an immediate runs in the next turn, after the event loop has polled the sockets.
    setImmediate(this.grant);
  }

  private readonly grant = () => {
    this.scheduled = false;
    this.waiting.shift()?.();
    if (this.waiting.length > 0) this.schedule();
  };
}

/** Waits for the request's turn before it does any work (before its session is read). */
export function takeTurns(turns: RequestTurns): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    await turns.next();
    await next();
  };
}
