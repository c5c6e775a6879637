import { describe, expect, it } from 'vitest';
import { addressBucket, resolveClientAddress } from './client-address.ts';

describe('resolveClientAddress', () => {
  it('uses the socket when no header is trusted', () => {
    expect(resolveClientAddress('192.0.2.7', undefined, 1)).toBe('192.0.2.7');
  });

  it('takes the entry the nearest trusted proxy wrote, ignoring what the client put before it', () => {
    expect(resolveClientAddress('10.0.0.1', '203.0.113.5', 1)).toBe('203.0.113.5');
    expect(resolveClientAddress('10.0.0.1', '1.2.3.4, 203.0.113.5', 1)).toBe('203.0.113.5');
    expect(resolveClientAddress('10.0.0.1', '1.2.3.4, 203.0.113.5, 10.0.0.2', 2)).toBe('203.0.113.5');
    expect(resolveClientAddress('10.0.0.1', '203.0.113.5', 3)).toBe('203.0.113.5');
  });

  it('falls back to the socket when the header holds no address', () => {
    expect(resolveClientAddress('10.0.0.1', 'unknown', 1)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', '', 1)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', '203.0.113.5:443', 1)).toBe('10.0.0.1');
    expect(resolveClientAddress(undefined, undefined, 1)).toBe('unknown');
  });
});

describe('addressBucket', () => {
  it('keeps IPv4 addresses, including those mapped into IPv6', () => {
    expect(addressBucket('198.51.100.4')).toBe('198.51.100.4');
    expect(addressBucket('::ffff:198.51.100.4')).toBe('198.51.100.4');
  });

  it('groups IPv6 addresses by their /64, however they are written', () => {
    expect(addressBucket('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0DB8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('2001:db8:1:3::1')).not.toBe(addressBucket('2001:db8:1:2::1'));
  });
});
