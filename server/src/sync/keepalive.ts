import type { WebSocket } from 'ws';

/**
 * Pings every watched socket once per interval and terminates those that did not answer the previous ping. A peer
 * that vanished without closing (a sleeping laptop, a dropped network) otherwise keeps its room loaded and its
 * presence shown for as long as the operating system keeps the TCP connection.
 */
export class Keepalive {
  /** Whether each socket answered since the last ping. */
  private readonly answered = new Map<WebSocket, boolean>();
  private readonly timer: NodeJS.Timeout;

  constructor(readonly intervalMs: number) {
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  /** Starts pinging a socket; returns the function that stops it (call it when the socket closes). */
  watch(socket: WebSocket): () => void {
    this.answered.set(socket, true);
    const onPong = () => {
      if (this.answered.has(socket)) this.answered.set(socket, true);
    };
    socket.on('pong', onPong);
    return () => {
      socket.off('pong', onPong);
      this.answered.delete(socket);
    };
  }

  /** One round: terminate the silent, ping the rest. */
  tick(): void {
    for (const [socket, answered] of this.answered) {
      if (!answered) {
        // No close handshake with a peer that does not answer: terminating fires 'close' at once.
        this.answered.delete(socket);
        socket.terminate();
        continue;
      }
      this.answered.set(socket, false);
      socket.ping();
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
