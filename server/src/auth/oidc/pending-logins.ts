import { BoundedMap } from '../../limits/bounded-map.ts';
import type { Clock } from '../admission.ts';

/** What the callback needs to finish a sign-in that this server started. */
export interface PendingLogin {
  codeVerifier: string;
  nonce: string;
  /** The invitation link the sign-in started from, if any. */
  invitationToken?: string | undefined;
  /** Where to go once signed in: a path on this site. */
  returnTo: string;
  createdAt: number;
}

export const PENDING_LOGIN_TTL_MS = 10 * 60_000;
export const PENDING_LOGIN_CAPACITY = 10_000;

/**
 * Sign-ins sent to the identity provider and not yet back, by their `state`, in memory: a restart only asks the
 * people halfway through to start again. Each is taken once, so a replayed callback finds nothing; when full, the
 * expired go first, then the oldest.
 */
export class PendingLogins {
  private readonly logins: BoundedMap<PendingLogin>;

  constructor(
    private readonly ttlMs = PENDING_LOGIN_TTL_MS,
    capacity = PENDING_LOGIN_CAPACITY,
    private readonly now: Clock = Date.now,
  ) {
    this.logins = new BoundedMap({ capacity, isIdle: (login, at) => this.expired(login, at), isBusy: () => false });
  }

  get size(): number {
    return this.logins.size;
  }

  add(state: string, login: Omit<PendingLogin, 'createdAt'>): void {
    const now = this.now();
    this.logins.set(state, { ...login, createdAt: now }, now);
  }

  /** The login this state names, removed so that it cannot be used again; undefined if unknown or expired. */
  take(state: string): PendingLogin | undefined {
    const login = this.logins.get(state);
    if (!login) return undefined;
    this.logins.delete(state);
    return this.expired(login, this.now()) ? undefined : login;
  }

  private expired(login: PendingLogin, now: number): boolean {
    return now - login.createdAt >= this.ttlMs;
  }
}
