import { describe, expect, it } from 'vitest';
import type { DiffOp } from '../diff/diff-words.ts';
import { rebaseProposal } from '../diff/rebase.ts';
import { seededRandom } from '../diff/seeded-random.test-helper.ts';
import { proposalRedline, type RedlineProposal } from './proposalRedline.ts';
import { rebasedText } from './rebasedText.ts';

const before = (ops: readonly DiffOp[]) =>
  ops
    .filter((op) => op.op !== 'insert')
    .map((op) => op.text)
    .join('');
const after = (ops: readonly DiffOp[]) =>
  ops
    .filter((op) => op.op !== 'delete')
    .map((op) => op.text)
    .join('');

const BASE = 'States shall cooperate to save lives at sea.';
const amend = (text: string, overrides: Partial<RedlineProposal> = {}): RedlineProposal => ({
  kind: 'amend',
  status: 'tabled',
  outdated: false,
  baseText: BASE,
  text,
  ...overrides,
});

describe('proposalRedline', () => {
  it('diffs an amendment against the paragraph it was written on', () => {
    const redline = proposalRedline(amend('States should cooperate to save lives at sea.'), BASE);
    expect(redline.state).toBe('current');
    expect(redline.ops).toEqual([
      { op: 'equal', text: 'States ' },
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'should' },
      { op: 'equal', text: ' cooperate to save lives at sea.' },
    ]);
  });

  it('re-applies a pending amendment to the paragraph as it reads now when the paragraph moved on elsewhere', () => {
    const current = 'States shall cooperate closely to save lives at sea.';
    const redline = proposalRedline(amend('States should cooperate to save lives at sea.'), current);
    expect(redline.state).toBe('rebased');
    expect(before(redline.ops)).toBe(current);
    expect(after(redline.ops)).toBe('States should cooperate closely to save lives at sea.');
    expect(redline.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'should' },
    ]);
  });

  it('shows an amendment whose words were changed since as outdated, against the current text', () => {
    const current = 'States must cooperate to save lives at sea.';
    const redline = proposalRedline(amend('States should cooperate to save lives at sea.'), current);
    expect(redline.state).toBe('outdated');
    expect(before(redline.ops)).toBe(current);
    expect(after(redline.ops)).toBe('States should cooperate to save lives at sea.');
  });

  it('keeps the server’s outdated flag', () => {
    expect(proposalRedline(amend('States should cooperate.', { outdated: true }), BASE).state).toBe('outdated');
  });

  it('shows decided proposals, and those on a paragraph that is gone, as written against their base', () => {
    const accepted = amend('States should cooperate to save lives at sea.', { status: 'accepted' });
    const laterText = 'States should cooperate closely to save lives.';
    for (const redline of [proposalRedline(accepted, laterText), proposalRedline(amend(accepted.text!), undefined)]) {
      expect(redline.state).toBe('current');
      expect(before(redline.ops)).toBe(BASE);
      expect(after(redline.ops)).toBe(accepted.text);
    }
  });

  it('diffs an alternative against the current text, never rebasing it', () => {
    const current = 'States shall cooperate closely to save lives at sea.';
    const redline = proposalRedline(amend('Cooperation saves lives.', { kind: 'alternative' }), current);
    expect(redline.state).toBe('current');
    expect(before(redline.ops)).toBe(current);
    expect(after(redline.ops)).toBe('Cooperation saves lives.');
  });

  it('strikes the whole current text for a pending deletion, the base text once decided', () => {
    const deletion = amend('', { kind: 'delete', text: null });
    expect(proposalRedline(deletion, 'Now reads so.')).toEqual({ ops: [{ op: 'delete', text: 'Now reads so.' }], state: 'current' });
    expect(proposalRedline({ ...deletion, status: 'rejected' }, 'Now reads so.').ops).toEqual([{ op: 'delete', text: BASE }]);
    expect(proposalRedline(deletion, undefined).ops).toEqual([{ op: 'delete', text: BASE }]);
    expect(proposalRedline({ ...deletion, baseText: '' }, '').ops).toEqual([]);
  });

  it('shows a new paragraph as one insertion', () => {
    expect(proposalRedline(amend('A new paragraph.', { kind: 'insert-after' }), BASE)).toEqual({
      ops: [{ op: 'insert', text: 'A new paragraph.' }],
      state: 'current',
    });
    expect(proposalRedline(amend('', { kind: 'insert-after' }), BASE).ops).toEqual([]);
  });

  it('always reads the current text before and, unless outdated, the rebased text after', () => {
    const WORDS = ['States', 'shall', 'should', 'cooperate', 'closely', 'to', 'save', 'lives', 'at', 'sea', 'and', 'land'];
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const words = () => Array.from({ length: 1 + random.int(10) }, () => random.pick(WORDS));
      const edit = (list: string[]) => {
        const copy = [...list];
        copy.splice(random.int(copy.length + 1), random.int(3), ...words().slice(0, random.int(3)));
        return copy;
      };
      const base = words();
      const proposal = amend(edit(base).join(' '), { baseText: base.join(' ') });
      const current = edit(base).join(' ');
      const redline = proposalRedline(proposal, current);
      expect(before(redline.ops)).toBe(current);
      const rebased = rebaseProposal(proposal.baseText, proposal.text!, current);
      if (redline.state === 'outdated') {
        expect(rebased.status).toBe('conflict');
        expect(after(redline.ops)).toBe(proposal.text);
      } else {
        expect(after(redline.ops)).toBe(rebasedText(proposal, current));
      }
    }
  });
});

describe('rebasedText', () => {
  it('gives the amendment re-applied to the current text, or null when it no longer applies', () => {
    expect(
      rebasedText(amend('States should cooperate to save lives at sea.'), 'States shall cooperate closely to save lives at sea.'),
    ).toBe('States should cooperate closely to save lives at sea.');
    expect(rebasedText(amend('States should cooperate to save lives at sea.'), 'States must cooperate to save lives at sea.')).toBeNull();
    expect(rebasedText(amend('Unchanged base.'), BASE)).toBe('Unchanged base.');
  });

  it('gives the proposed text of other kinds as it is, and null for a deletion', () => {
    expect(rebasedText(amend('New.', { kind: 'alternative' }), 'Something else.')).toBe('New.');
    expect(rebasedText(amend('', { kind: 'delete', text: null }), BASE)).toBeNull();
  });
});
