import { describe, expect, it } from 'vitest';
import { tablingOrder, trackedChangeOrder } from './proposalOrder.ts';
import { proposalsByParagraph } from './proposalsByParagraph.ts';

describe('proposalsByParagraph', () => {
  const proposals = [
    { id: 'insert', pid: 'op1', kind: 'insert-after' as const, seq: 1 },
    { id: 'other', pid: 'op2', kind: 'amend' as const, seq: 2 },
    { id: 'delete', pid: 'op1', kind: 'delete' as const, seq: 4 },
    { id: 'amend', pid: 'op1', kind: 'amend' as const, seq: 3 },
  ];
  const grouped = (order: typeof tablingOrder) =>
    Object.fromEntries([...proposalsByParagraph(proposals, order)].map(([pid, list]) => [pid, list.map((p) => p.id)]));

  it('groups by paragraph in tabling order for the compilation', () => {
    expect(grouped(tablingOrder)).toEqual({ op1: ['insert', 'amend', 'delete'], op2: ['other'] });
  });

  it('stacks tracked changes with the changes to the paragraph first and new paragraphs after them', () => {
    expect(grouped(trackedChangeOrder)).toEqual({ op1: ['amend', 'delete', 'insert'], op2: ['other'] });
  });

  it('leaves the input in its order', () => {
    proposalsByParagraph(proposals, tablingOrder);
    expect(proposals.map((p) => p.id)).toEqual(['insert', 'other', 'delete', 'amend']);
  });
});
