import { describe, expect, it } from 'vitest';
import { marginStem, numberStem, stakeholderEid } from './akn-ids.ts';
import { escapeAttribute, escapeText } from './xml.ts';

describe('Akoma Ntoso identifiers', () => {
  it('take the stem of the number the product shows', () => {
    expect(numberStem('OP12bis')).toBe('12bis');
    expect(numberStem('PP3')).toBe('3');
    expect(numberStem('¶4')).toBe('4');
    expect(numberStem('OP12(a)')).toBe('12');
    expect(marginStem('(a)')).toBe('a');
    expect(marginStem('(iv)')).toBe('iv');
    expect(marginStem('(abis)')).toBe('abis');
    expect(stakeholderEid('group-eu')).toBe('org_group-eu');
    expect(stakeholderEid('a b')).toBe('org_a_b');
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops what XML 1.0 cannot hold', () => {
    expect(escapeText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(escapeAttribute('say "yes"\n')).toBe('say &quot;yes&quot;&#10;');
    expect(escapeText('bell\u0007 ok 🇲🇽 \uD800')).toBe('bell ok 🇲🇽 ');
  });
});
