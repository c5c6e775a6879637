import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileClock } from './clock.ts';

describe('fileClock', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-clock-')), 'now');

  it('reads the time from the file on every call', () => {
    fs.writeFileSync(file, '2026-12-01T10:00:00.000Z\n');
    const clock = fileClock(file);
    expect(clock.now().toISOString()).toBe('2026-12-01T10:00:00.000Z');
    fs.writeFileSync(file, '2026-12-04T10:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-12-04T10:00:00.000Z');
  });

  it('refuses a file that holds no timestamp, from the start', () => {
    fs.writeFileSync(file, 'tomorrow');
    expect(() => fileClock(file)).toThrow(/not an ISO timestamp/);
  });
});
