/** Thrown while handling a peer's message: the socket is closed with `code` (a close code of the shared protocol). */
export class SyncRefusal extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(reason);
  }
}
