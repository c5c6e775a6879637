import { isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * The address a request comes from, for rate limits: the socket's peer, or, behind a trusted proxy
 * (`TRUST_PROXY`), the address that proxy reports. Never a header when no proxy is trusted, since any
 * client can write one.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const proxy = c.var.services.config.trustProxy;
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
  return resolveClientAddress(socket, proxy && c.req.header(proxy.header), proxy?.hops ?? 1);
}

/**
 * Each trusted proxy appends the address it saw to the header, so with `hops` proxies the client is the
 * `hops`-th entry from the right; whatever stands further left was written by the client. A value that is
 * not an address falls back to the socket's.
 */
export function resolveClientAddress(socket: string | undefined, forwarded: string | undefined, hops: number): string {
  const entries = forwarded?.split(',').map((entry) => entry.trim()) ?? [];
  const reported = entries[Math.max(0, entries.length - hops)];
  const address = reported && (isIPv4(reported) || isIPv6(reported)) ? reported : socket;
  return address ? addressBucket(address) : 'unknown';
}

/** One key per IPv4 address, and per /64 for IPv6, since one subscriber usually holds a whole /64. */
export function addressBucket(address: string): string {
  const plain = address.toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(plain) || plain.includes('.')) return plain;
  return `${expandIPv6(plain).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head, tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
