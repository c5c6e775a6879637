import { describe, expect, it } from 'vitest';
import { seededRandom } from '../diff/seeded-random.test-helper.ts';
import { proposalParagraphLabels } from '../proposals/paragraphLabels.ts';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/index.ts';
import { compileProposals, type CompilableProposal } from './compileProposals.ts';

const paragraphs = [
  { pid: 'pp1', number: 'PP1', text: 'Recalling' },
  { pid: 'h1', number: '', text: 'Objectives' },
  { pid: 'op1', number: 'OP1', text: 'Save lives' },
  { pid: 'op2', number: 'OP2', text: 'Collect data' },
];

const proposal = (
  id: string,
  pid: string,
  kind: CompilableProposal['kind'],
  seq: number,
  status: CompilableProposal['status'] = 'tabled',
) => ({
  id,
  pid,
  kind,
  seq,
  status,
});

const ids = (entries: { proposal: { id: string } }[]) => entries.map((entry) => entry.proposal.id);

describe('compileProposals', () => {
  const proposals = [
    proposal('op2-insert-later', 'op2', 'insert-after', 9),
    proposal('op1-amend', 'op1', 'amend', 1),
    proposal('op2-alt', 'op2', 'alternative', 4),
    proposal('op2-insert', 'op2', 'insert-after', 3, 'withdrawn'),
    proposal('gone-amend', 'deleted-pid', 'amend', 2),
    proposal('pp1-delete', 'pp1', 'delete', 5),
    proposal('op2-alt-later', 'op2', 'alternative', 7, 'rejected'),
    proposal('gone-insert', 'deleted-pid', 'insert-after', 6),
  ];

  it('lists every paragraph in document order with its proposals in tabling order', () => {
    const compilation = compileProposals(paragraphs, proposals);
    expect(compilation.paragraphs.map((p) => [p.paragraph.pid, ids(p.proposals)])).toEqual([
      ['pp1', ['pp1-delete']],
      ['h1', []],
      ['op1', ['op1-amend']],
      ['op2', ['op2-insert', 'op2-alt', 'op2-alt-later', 'op2-insert-later']],
    ]);
    expect(compilation.paragraphs[0]?.paragraph).toBe(paragraphs[0]);
  });

  it('labels amendments and deletions by their paragraph, insertions bis/ter and alternatives alt/alt2', () => {
    const labels = Object.fromEntries(
      compileProposals(paragraphs, proposals).paragraphs.flatMap((p) => p.proposals.map((entry) => [entry.proposal.id, entry.label])),
    );
    expect(labels).toEqual({
      'pp1-delete': 'PP1',
      'op1-amend': 'OP1',
      'op2-insert': '2bis',
      'op2-alt': '2alt',
      'op2-alt-later': '2alt2',
      'op2-insert-later': '2ter',
    });
  });

  it('keeps the labels of every proposal when only some are listed', () => {
    const pending = compileProposals(paragraphs, proposals, { include: (p) => p.status === 'tabled' });
    const op2 = pending.paragraphs.find((p) => p.paragraph.pid === 'op2')!;
    expect(op2.proposals.map((entry) => [entry.proposal.id, entry.label])).toEqual([
      ['op2-alt', '2alt'],
      ['op2-insert-later', '2ter'],
    ]);
  });

  it('lists proposals on paragraphs no longer in the text apart, unlabelled, in tabling order', () => {
    const { orphans } = compileProposals(paragraphs, [...proposals].reverse());
    expect(orphans.map((entry) => [entry.proposal.id, entry.label])).toEqual([
      ['gone-amend', null],
      ['gone-insert', null],
    ]);
  });

  it('narrows to one paragraph, without the orphans', () => {
    const one = compileProposals(paragraphs, proposals, { pid: 'op1' });
    expect(one.paragraphs.map((p) => [p.paragraph.pid, ids(p.proposals)])).toEqual([['op1', ['op1-amend']]]);
    expect(one.orphans).toEqual([]);
    expect(compileProposals(paragraphs, proposals, { pid: null }).paragraphs).toHaveLength(4);
  });

  it('with listedOnly, leaves out the paragraphs without a listed proposal and the headings with none left under them', () => {
    const pending = (p: CompilableProposal) => p.status === 'tabled';
    const withHeadings = [
      { pid: 'h0', number: '', text: 'Preamble' },
      ...paragraphs,
      { pid: 'h2', number: '', text: 'Implementation' },
      { pid: 'op3', number: 'OP3', text: 'Review' },
    ];
    const compilation = compileProposals(withHeadings, proposals, { include: pending, listedOnly: true });
    expect(compilation.paragraphs.map((p) => [p.paragraph.pid, ids(p.proposals)])).toEqual([
      ['h0', []],
      ['pp1', ['pp1-delete']],
      ['h1', []],
      ['op1', ['op1-amend']],
      ['op2', ['op2-alt', 'op2-insert-later']],
    ]);
    expect(ids(compilation.orphans)).toEqual(['gone-amend', 'gone-insert']);
    expect(
      compileProposals(withHeadings, [proposal('r', 'op1', 'amend', 1, 'rejected')], { include: pending, listedOnly: true }).paragraphs,
    ).toEqual([]);
  });

  it('lists each included proposal exactly once, under its own paragraph, labelled as the document-wide labelling does', () => {
    const pids = [...paragraphs.map((p) => p.pid), 'gone-1', 'gone-2'];
    for (let seed = 1; seed <= 100; seed++) {
      const random = seededRandom(seed);
      const all = Array.from({ length: random.int(30) }, (_, i) =>
        proposal(`p${i}`, random.pick(pids), random.pick(PROPOSAL_KINDS), 1 + random.int(1000) * 100 + i, random.pick(PROPOSAL_STATUSES)),
      );
      const include = (p: CompilableProposal) => p.status !== 'withdrawn';
      const { paragraphs: listed, orphans } = compileProposals(paragraphs, all, { include });
      const labels = proposalParagraphLabels(paragraphs, all);

      expect(listed.map((p) => p.paragraph)).toEqual(paragraphs);
      const entries = [...listed.flatMap((p) => p.proposals), ...orphans];
      expect(ids(entries).sort()).toEqual(
        all
          .filter(include)
          .map((p) => p.id)
          .sort(),
      );
      for (const { paragraph, proposals: group } of listed) {
        expect(group.every((entry) => entry.proposal.pid === paragraph.pid)).toBe(true);
        expect(group.map((entry) => entry.proposal.seq)).toEqual(group.map((entry) => entry.proposal.seq).sort((a, b) => a - b));
      }
      for (const entry of entries) expect(entry.label).toBe(labels.get(entry.proposal.id));
    }
  });
});
