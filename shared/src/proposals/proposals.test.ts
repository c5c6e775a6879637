import { describe, expect, it } from 'vitest';
import { PROPOSAL_KINDS } from '../domain/index.ts';
import { seededRandom } from '../diff/seeded-random.test-helper.ts';
import { citedNumber, proposalLabel, proposalParagraphLabel, proposalParagraphLabels, type ProposalAnchor } from './index.ts';

describe('proposalLabel', () => {
  it('names the tabling stakeholder alone, or with the count of confirmed co-sponsors', () => {
    expect(proposalLabel('EU', 0)).toBe('EU');
    expect(proposalLabel('Canada', 2)).toBe('Canada +2');
  });
});

describe('citedNumber', () => {
  it('drops the OP and ¶ prefixes but keeps PP', () => {
    expect(citedNumber('OP12')).toBe('12');
    expect(citedNumber('OP12(a)(ii)')).toBe('12(a)(ii)');
    expect(citedNumber('¶4')).toBe('4');
    expect(citedNumber('PP3')).toBe('PP3');
  });
});

describe('proposalParagraphLabels', () => {
  const paragraphs = [
    { pid: 'pp3', number: 'PP3' },
    { pid: 'op12', number: 'OP12' },
    { pid: 'op13', number: 'OP13' },
  ];
  const proposal = (id: string, pid: string, kind: ProposalAnchor['kind'], seq: number): ProposalAnchor => ({ id, pid, kind, seq });

  it('labels amendments and deletions by their paragraph, insertions bis/ter and alternatives alt/alt2, in tabling order', () => {
    const labels = proposalParagraphLabels(paragraphs, [
      proposal('later-insert', 'op12', 'insert-after', 5),
      proposal('amend', 'op12', 'amend', 1),
      proposal('first-insert', 'op12', 'insert-after', 2),
      proposal('alt', 'op12', 'alternative', 3),
      proposal('alt2', 'op12', 'alternative', 6),
      proposal('delete', 'op13', 'delete', 4),
      proposal('other-insert', 'op13', 'insert-after', 7),
      proposal('pp-insert', 'pp3', 'insert-after', 8),
    ]);
    expect(Object.fromEntries(labels)).toEqual({
      amend: 'OP12',
      'first-insert': '12bis',
      'later-insert': '12ter',
      alt: '12alt',
      alt2: '12alt2',
      delete: 'OP13',
      'other-insert': '13bis',
      'pp-insert': 'PP3bis',
    });
  });

  it('gives no label to a proposal whose paragraph is gone', () => {
    expect(proposalParagraphLabels(paragraphs, [proposal('x', 'deleted', 'amend', 1)]).get('x')).toBeNull();
  });
});

describe('proposalParagraphLabel', () => {
  const paragraphs = [
    { pid: 'pp1', number: 'PP1' },
    { pid: 'op1', number: 'OP1' },
    { pid: 'op2', number: 'OP2(a)' },
    { pid: 'b1', number: '¶1' },
  ];
  const pids = [...paragraphs.map((p) => p.pid), 'gone'];

  it('labels one proposal as the whole-document labelling does, from the count of earlier ones of its kind on its paragraph', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const random = seededRandom(seed);
      const proposals: ProposalAnchor[] = Array.from({ length: 1 + random.int(40) }, (_, i) => ({
        id: `p${i}`,
        pid: random.pick(pids),
        kind: random.pick(PROPOSAL_KINDS),
        seq: i + 1,
      }));
      const all = proposalParagraphLabels(paragraphs, [...proposals].reverse());
      const numbers = new Map(paragraphs.map((p) => [p.pid, p.number]));
      for (const p of proposals) {
        const earlier = proposals.filter((o) => o.pid === p.pid && o.kind === p.kind && o.seq < p.seq).length;
        expect(proposalParagraphLabel(numbers.get(p.pid), p.kind, earlier)).toBe(all.get(p.id));
        // The proposals on its own paragraph are all its label needs.
        const samePid = proposalParagraphLabels(
          paragraphs,
          proposals.filter((o) => o.pid === p.pid),
        );
        expect(samePid.get(p.id)).toBe(all.get(p.id));
      }
    }
  });
});
