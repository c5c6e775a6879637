import path from 'node:path';

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
  /** Public origin, used for CSRF checks; defaults to http://HOST:PORT. */
  origin: string | undefined;
  /** Seconds between background compactions of open documents. */
  compactionIntervalMs: number;
  /** Where the client address comes from; undefined: the socket, whatever headers say. */
  trustProxy: TrustedProxy | undefined;
}

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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    production: env.NODE_ENV === 'production',
    origin: env.PUBLIC_ORIGIN,
    compactionIntervalMs: Number(env.COMPACTION_INTERVAL_MS ?? 30_000),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}
