import { describe, expect, it } from 'vitest';
import { sameSitePath } from './return-path.ts';

describe('sameSitePath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(sameSitePath('/documents/gcm-compact?pid=p1#op3')).toBe('/documents/gcm-compact?pid=p1#op3');
    expect(sameSitePath('/')).toBe('/');
  });

  it('turns anything that could lead elsewhere into /', () => {
    for (const hostile of [
      undefined,
      '',
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'documents/1',
      ' /documents',
    ]) {
      expect(sameSitePath(hostile), String(hostile)).toBe('/');
    }
  });
});
