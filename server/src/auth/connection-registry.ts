/** A live connection that may last only as long as the session that opened it: a sync socket, an event stream. */
export interface SessionConnection {
  sessionId: string;
  /** Ends the connection at once. Called at most once. */
  end(): void;
}

/**
 * Tracks live connections by session, so signing out ends them at once and an expired session's connections are
 * ended on the next check. A connection is only authorized when it opens; without this it would outlive its session.
 *
 * @example
 * const unregister = connections.register({ sessionId, end: () => socket.close() });
 * socket.on('close', unregister);
 */
export class ConnectionRegistry {
  private readonly bySession = new Map<string, Set<SessionConnection>>();
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    /** Which of the given session ids still exist and have not expired. */
    private readonly liveSessionIds: (ids: readonly string[]) => Set<string>,
    checkIntervalMs: number,
  ) {
    if (checkIntervalMs > 0) {
      this.timer = setInterval(() => this.endExpired(), checkIntervalMs);
      this.timer.unref();
    }
  }

  /** Tracks a connection; returns the function to call when it closes. Ends it now if its session already ended. */
  register(connection: SessionConnection): () => void {
    const unregister = () => this.forget(connection);
    if (!this.liveSessionIds([connection.sessionId]).has(connection.sessionId)) {
      // Signed out between authorizing the connection and opening it.
      connection.end();
      return unregister;
    }
    let connections = this.bySession.get(connection.sessionId);
    if (!connections) {
      connections = new Set();
      this.bySession.set(connection.sessionId, connections);
    }
    connections.add(connection);
    return unregister;
  }

  /** Ends every connection of a session (signing out). */
  endSession(sessionId: string): void {
    const connections = this.bySession.get(sessionId);
    this.bySession.delete(sessionId);
    for (const connection of connections ?? []) end(connection);
  }

  /** Ends the connections of every session that expired or no longer exists. */
  endExpired(): void {
    const live = this.liveSessionIds([...this.bySession.keys()]);
    for (const sessionId of [...this.bySession.keys()]) if (!live.has(sessionId)) this.endSession(sessionId);
  }

  /** How many connections are open. */
  get size(): number {
    let size = 0;
    for (const connections of this.bySession.values()) size += connections.size;
    return size;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private forget(connection: SessionConnection): void {
    const connections = this.bySession.get(connection.sessionId);
    if (!connections?.delete(connection)) return;
    if (connections.size === 0) this.bySession.delete(connection.sessionId);
  }
}

function end(connection: SessionConnection): void {
  try {
    connection.end();
  } catch (error) {
    console.error('Could not end a connection of an ended session', error);
  }
}
