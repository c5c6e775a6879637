import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLimits, type Limits } from './limits/limits.ts';

/** A reverse proxy the server sits behind, and the header in which it reports the client's address. */
export interface TrustedProxy {
  header: string;
  /** Proxies in the chain that append to the header (X-Forwarded-For); 1 for a single-valued header. */
  hops: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  production: boolean;
  /** Whether a new demo gets technical inputs in every state on two briefs (off: the briefs start with none). */
  demoInputs: boolean;
  /** Public origin, used for CSRF checks; defaults to http://HOST:PORT. */
  origin: string | undefined;
  /** Seconds between background compactions of open documents. */
  compactionIntervalMs: number;
  /** Where the client address comes from; undefined: the socket, whatever headers say. */
  trustProxy: TrustedProxy | undefined;
  /** The first lock of an account after repeated failed sign-ins; undefined: the built-in default. */
  loginLockBaseMs: number | undefined;
  /** The SQL migrations applied at start. */
  migrationsDir: string;
  /** The built web client served at `/`. */
  clientDir: string;
  /**
   * Milliseconds between pings of every sync socket (one unanswered ping closes it) and between checks that the
   * sessions of live sockets and event streams have not expired.
   */
  syncKeepaliveMs: number;
  /** For tests only: a file holding the current time as an ISO timestamp; undefined: the system clock. */
  clockFile: string | undefined;
  /** Per-user limits on requests and on sync messages. */
  limits: Limits;
  /** How long a sign-in lasts (`SESSION_TTL_HOURS`, default 14 days). */
  sessionTtlMs: number;
  /** How long an invitation or password-reset link stays usable (`INVITATION_TTL_DAYS`, default 14). */
  invitationTtlMs: number;
  /** Whether people may sign in with a password (`PASSWORD_SIGN_IN=off`: only through the identity provider). */
  passwordSignIn: boolean;
  /** The OpenID Connect provider people sign in through; undefined when none is configured. */
  oidc: OidcConfig | undefined;
  /** Where invitation links are e-mailed from (`SMTP_URL`); undefined: links are only shown to the secretariat. */
  smtpUrl: string | undefined;
  mailFrom: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's name on the sign-in button (`OIDC_NAME`). */
  name: string;
}

function parseOidc(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET ?? '';
  if (!issuer && !clientId) return undefined;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together');
  }
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`OIDC_ISSUER must be a URL, got "${issuer}"`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`OIDC_ISSUER must use https (plain http only on loopback), got "${issuer}"`);
  }
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'your organisation' };
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return number;
}

function parsePasswordSignIn(value: string | undefined): boolean {
  const setting = value?.trim().toLowerCase() ?? '';
  if (setting === '' || setting === 'on' || setting === 'true') return true;
  if (setting === 'off' || setting === 'false') return false;
  throw new Error(`PASSWORD_SIGN_IN must be on or off, got "${value}"`);
}

/**
 * The server package's folder (the nearest holding a package.json), the same from `src/config.ts` and from the
 * bundle's chunks in `dist/`: the default place of the migrations and of the built client, both overridable by
 * the environment.
 */
function packageDirOf(file: string): string {
  let dir = path.dirname(file);
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
const serverPackageDir = packageDirOf(fileURLToPath(import.meta.url));
export const DEFAULT_MIGRATIONS_DIR = path.join(serverPackageDir, 'src/db/migrations');
const DEFAULT_CLIENT_DIR = path.join(serverPackageDir, '../client/dist');

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/** `TRUST_PROXY`: unset or `false` trusts no header; `true` or a number of proxies reads X-Forwarded-For; a header name reads that header. */
export function parseTrustProxy(value: string | undefined): TrustedProxy | undefined {
  const setting = value?.trim().toLowerCase() ?? '';
  if (setting === '' || setting === 'false' || setting === '0') return undefined;
  if (setting === 'true') return { header: 'x-forwarded-for', hops: 1 };
  if (/^\d+$/.test(setting)) return { header: 'x-forwarded-for', hops: Number(setting) };
  if (HEADER_NAME.test(setting)) return { header: setting, hops: 1 };
  throw new Error(`TRUST_PROXY must be true, false, a number of proxies or a header name, got "${value}"`);
}

function parseLoginLockBaseMs(value: string | undefined, production: boolean): number | undefined {
  if (value === undefined || value === '') return undefined;
  // Shortening the lock only makes sense to keep tests quick; a production server keeps the built-in delay.
  if (production) throw new Error('LOGIN_LOCK_BASE_MS is for tests and is refused when NODE_ENV=production');
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`LOGIN_LOCK_BASE_MS must be a positive number of milliseconds, got "${value}"`);
  return ms;
}

function parseClockFile(value: string | undefined, production: boolean): string | undefined {
  if (value === undefined || value === '') return undefined;
  // Deadlines decide what a delegation may still do: a production server keeps to real time.
  if (production) throw new Error('PLENARY_CLOCK_FILE is for tests and is refused when NODE_ENV=production');
  return path.resolve(value);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const production = env.NODE_ENV === 'production';
  const syncKeepaliveMs = Number(env.SYNC_KEEPALIVE_MS ?? 30_000);
  if (!Number.isInteger(syncKeepaliveMs) || syncKeepaliveMs <= 0) {
    throw new Error(`SYNC_KEEPALIVE_MS must be a positive number of milliseconds, got "${env.SYNC_KEEPALIVE_MS}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    production,
    demoInputs: env.DEMO_INPUTS !== 'off',
    origin: env.PUBLIC_ORIGIN,
    compactionIntervalMs: Number(env.COMPACTION_INTERVAL_MS ?? 30_000),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    loginLockBaseMs: parseLoginLockBaseMs(env.LOGIN_LOCK_BASE_MS, production),
    migrationsDir: path.resolve(env.MIGRATIONS_DIR ?? DEFAULT_MIGRATIONS_DIR),
    clientDir: path.resolve(env.CLIENT_DIR ?? DEFAULT_CLIENT_DIR),
    syncKeepaliveMs,
    clockFile: parseClockFile(env.PLENARY_CLOCK_FILE, production),
    limits: parseLimits(env),
    sessionTtlMs: positiveNumber('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 14 * 24) * 3600 * 1000,
    invitationTtlMs: positiveNumber('INVITATION_TTL_DAYS', env.INVITATION_TTL_DAYS, 14) * 24 * 3600 * 1000,
    passwordSignIn: parsePasswordSignIn(env.PASSWORD_SIGN_IN),
    oidc: parseOidc(env),
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM?.trim() || 'Plenary <no-reply@localhost>',
  };
}
