import { bothAttempts, type Admission, type Clock } from './admission.ts';
import { AccountLockout, DEFAULT_ACCOUNT_LOCKOUT, type AccountLockoutPolicy } from './account-lockout.ts';
import { RateLimiter, type RateLimitPolicy } from './rate-limit.ts';

/** Per client address: a budget large enough for an office behind one NAT, too small for guessing at scale. */
export const DEFAULT_ADDRESS_BUDGET: RateLimitPolicy = { limit: 100, windowMs: 15 * 60_000, capacity: 20_000 };

export interface LoginThrottleOptions {
  account?: Partial<AccountLockoutPolicy>;
  address?: Partial<RateLimitPolicy>;
  now?: Clock;
}

/**
 * Decides whether a sign-in may go on to password verification: the account must not be locked and the
 * client address must have failures left. Both are counted before the password is hashed.
 */
export class LoginThrottle {
  private readonly accounts: AccountLockout;
  private readonly addresses: RateLimiter;

  constructor(options: LoginThrottleOptions = {}) {
    this.accounts = new AccountLockout({ ...DEFAULT_ACCOUNT_LOCKOUT, ...options.account }, options.now);
    this.addresses = new RateLimiter({ ...DEFAULT_ADDRESS_BUDGET, ...options.address }, options.now);
  }

  admit(address: string, email: string): Admission {
    const byAddress = this.addresses.admit(address);
    if (!byAddress.admitted) return byAddress;
    const byAccount = this.accounts.admit(email);
    if (!byAccount.admitted) {
      byAddress.attempt.cancelled();
      return byAccount;
    }
    return { admitted: true, attempt: bothAttempts(byAddress.attempt, byAccount.attempt) };
  }
}
