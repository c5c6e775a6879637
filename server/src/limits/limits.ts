/** A sustained rate and the burst allowed above it (a token bucket's refill rate and capacity). */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/**
 * How much one user may ask of the server, so that nobody can stall a room or the API for the others. Every
 * limit is per user (by client address before sign-in) and shared by all their connections: opening more
 * sockets or tabs buys no more.
 */
export interface Limits {
  /** REST requests; an export, a compare or an import costs `HEAVY_REQUEST_COST` of them. */
  apiRequests: RateLimit;
  /** Sync messages that carry the text (sync steps and updates); presence has its own limits per socket. */
  syncMessages: RateLimit;
  /** Bytes of those messages. */
  syncBytes: RateLimit;
  /** The largest single message on a sync socket; a larger one closes the socket with 1009. */
  syncMessageMaxBytes: number;
  /** Sync sockets one user may hold open on one document at a time (tabs, windows, devices). */
  syncSocketsPerDocument: number;
}

const MiB = 1024 * 1024;

/**
 * Typing sends a few messages a second and a paste one; a burst of 2,000 messages covers a client catching up
 * after a reconnect. A whole compact pasted at once is under a megabyte of update, far below the 8 MiB cap.
 */
export const DEFAULT_LIMITS: Limits = {
  apiRequests: { perSecond: 50, burst: 500 },
  syncMessages: { perSecond: 200, burst: 2000 },
  syncBytes: { perSecond: 1 * MiB, burst: 16 * MiB },
  syncMessageMaxBytes: 8 * MiB,
  syncSocketsPerDocument: 10,
};

/** A request that makes a file or compares texts costs this many ordinary ones. */
export const HEAVY_REQUEST_COST = 10;

type Env = Record<string, string | undefined>;

function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return parsed;
}

/** The limits, each overridable by an environment variable (see the README's "Limits" section). */
export function parseLimits(env: Env): Limits {
  const d = DEFAULT_LIMITS;
  const limits: Limits = {
    apiRequests: {
      perSecond: positiveInteger(env, 'API_REQUESTS_PER_SECOND', d.apiRequests.perSecond),
      burst: positiveInteger(env, 'API_REQUEST_BURST', d.apiRequests.burst),
    },
    syncMessages: {
      perSecond: positiveInteger(env, 'SYNC_MESSAGES_PER_SECOND', d.syncMessages.perSecond),
      burst: positiveInteger(env, 'SYNC_MESSAGE_BURST', d.syncMessages.burst),
    },
    syncBytes: {
      perSecond: positiveInteger(env, 'SYNC_BYTES_PER_SECOND', d.syncBytes.perSecond),
      burst: positiveInteger(env, 'SYNC_BYTE_BURST', d.syncBytes.burst),
    },
    syncMessageMaxBytes: positiveInteger(env, 'SYNC_MAX_MESSAGE_BYTES', d.syncMessageMaxBytes),
    syncSocketsPerDocument: positiveInteger(env, 'SYNC_SOCKETS_PER_DOCUMENT', d.syncSocketsPerDocument),
  };
  // A message the byte bucket can never hold would be refused whatever the rate.
  if (limits.syncBytes.burst < limits.syncMessageMaxBytes) {
    throw new Error(`SYNC_BYTE_BURST (${limits.syncBytes.burst}) must be at least SYNC_MAX_MESSAGE_BYTES (${limits.syncMessageMaxBytes})`);
  }
  if (limits.apiRequests.burst < HEAVY_REQUEST_COST) {
    throw new Error(`API_REQUEST_BURST must be at least ${HEAVY_REQUEST_COST}, the cost of one export`);
  }
  return limits;
}
