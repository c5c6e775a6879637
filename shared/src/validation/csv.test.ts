import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('reading CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and drops a byte-order mark', () => {
    const text = '\uFEFFemail,name\r\n"a@x.org","Okafor, Chidi ""CJ"""\r\nb@x.org,"Two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      ['email', 'name'],
      ['a@x.org', 'Okafor, Chidi "CJ"'],
      ['b@x.org', 'Two\nlines'],
    ]);
  });

  it('leaves out blank lines and reads semicolons when the header uses them', () => {
    expect(parseCsv('email;name\n\n;\nc@x.org;Ché\n')).toEqual([
      ['email', 'name'],
      ['c@x.org', 'Ché'],
    ]);
  });

  it('keeps a last line without a line break, and an unterminated quote to the end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\n"1,2')).toEqual([['a', 'b'], ['1,2']]);
  });
});
