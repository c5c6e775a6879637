import { describe, expect, it } from 'vitest';
import { attribution, listNames } from './attribution.ts';
import { condenseRedline } from './condenseRedline.ts';
import { splitEdges } from './redlineEdges.ts';

describe('splitEdges', () => {
  it('separates the blanks around a change from its words', () => {
    expect(splitEdges('  closely and ')).toEqual({ lead: '  ', core: 'closely and', trail: ' ' });
    expect(splitEdges('word')).toEqual({ lead: '', core: 'word', trail: '' });
    expect(splitEdges('   ')).toEqual({ lead: '   ', core: '', trail: '' });
  });
});

describe('condenseRedline', () => {
  const long = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');

  it('keeps a few words of context around each change and elides the rest', () => {
    const ops = [
      { op: 'equal' as const, text: `${long(0, 20)} ` },
      { op: 'insert' as const, text: 'new' },
      { op: 'equal' as const, text: ` ${long(20, 40)}` },
    ];
    const condensed = condenseRedline(ops, 3);
    expect(condensed).toEqual([
      { op: 'equal', text: ' … ' },
      { op: 'equal', text: 'w17 w18 w19 ' },
      { op: 'insert', text: 'new' },
      { op: 'equal', text: ' w20 w21' },
      { op: 'equal', text: ' … ' },
    ]);
  });

  it('leaves short stretches and unchanged text alone', () => {
    const ops = [
      { op: 'equal' as const, text: 'a b ' },
      { op: 'delete' as const, text: 'c' },
    ];
    expect(condenseRedline(ops)).toEqual(ops);
    expect(condenseRedline([{ op: 'equal', text: long(0, 50) }])).toEqual([{ op: 'equal', text: long(0, 50) }]);
  });
});

describe('attribution', () => {
  const ref = (shortName: string) => ({ shortName });

  it('lists names in prose', () => {
    expect(listNames([])).toBe('');
    expect(listNames([ref('Canada')])).toBe('Canada');
    expect(listNames([ref('Canada'), ref('Norway')])).toBe('Canada and Norway');
    expect(listNames([ref('Canada'), ref('Norway'), ref('Peru')])).toBe('Canada, Norway and Peru');
  });

  it('names the tabling delegation, confirmed co-sponsors only, supporters and opposers', () => {
    expect(
      attribution({
        tabledBy: ref('EU'),
        cosponsors: [
          { stakeholder: ref('Canada'), status: 'confirmed' },
          { stakeholder: ref('Peru'), status: 'invited' },
          { stakeholder: ref('Chile'), status: 'declined' },
        ],
        supporters: [{ stakeholder: ref('Norway') }],
        opposers: [{ stakeholder: ref('G77 and China') }, { stakeholder: ref('Mexico') }],
      }),
    ).toBe('EU, co-sponsored by Canada, supported by Norway; opposed by G77 and China and Mexico');
    expect(attribution({ tabledBy: ref('EU'), cosponsors: [], supporters: [], opposers: [] })).toBe('EU');
  });
});
