import { assert, describe, expect, it } from 'vitest';
import { rebaseProposal } from './rebase.ts';

const base = 'States should protect the rights of migrants, including women and girls.';

describe('rebaseProposal', () => {
  it('returns the proposal when the paragraph has not changed', () => {
    const proposed = 'States shall protect the rights of migrants.';
    expect(rebaseProposal(base, proposed, base)).toEqual({ status: 'clean', text: proposed });
  });

  it('returns the current text when the proposal changes nothing', () => {
    const current = 'States must protect the rights of migrants.';
    expect(rebaseProposal(base, base, current)).toEqual({ status: 'clean', text: current });
  });

  it('merges a proposal whose change comes before the other change', () => {
    const proposed = base.replace('should', 'shall');
    const current = base.replace('women and girls', 'women, children and girls');
    expect(rebaseProposal(base, proposed, current)).toEqual({
      status: 'clean',
      text: 'States shall protect the rights of migrants, including women, children and girls.',
    });
  });

  it('merges a proposal whose change comes after the other change', () => {
    const proposed = base.replace('women and girls', 'women and girls in vulnerable situations');
    const current = base.replace('the rights', 'the human rights');
    expect(rebaseProposal(base, proposed, current)).toEqual({
      status: 'clean',
      text: 'States should protect the human rights of migrants, including women and girls in vulnerable situations.',
    });
  });

  it('merges changes to neighbouring words', () => {
    const proposed = base.replace('should', 'shall');
    const current = base.replace('protect', 'respect');
    expect(rebaseProposal(base, proposed, current)).toEqual({
      status: 'clean',
      text: base.replace('should protect', 'shall respect'),
    });
  });

  it('merges an insertion at the edge of the other side’s replacement', () => {
    const proposed = base.replace('rights', 'freedoms');
    const current = base.replace('rights of', 'rights, of');
    expect(rebaseProposal(base, proposed, current)).toEqual({
      status: 'clean',
      text: base.replace('rights of', 'freedoms, of'),
    });
  });

  it('reports a conflict when the same word was changed differently', () => {
    const result = rebaseProposal(base, base.replace('should', 'shall'), base.replace('should', 'must'));
    expect(result).toEqual({
      status: 'conflict',
      conflicts: [{ baseOffset: 7, base: 'should', proposed: 'shall', current: 'must' }],
    });
  });

  it('applies an identical change made on both sides once', () => {
    const proposed = base.replace('should', 'shall').replace(', including', '; including');
    const current = base.replace('should', 'shall');
    expect(rebaseProposal(base, proposed, current)).toEqual({
      status: 'clean',
      text: 'States shall protect the rights of migrants; including women and girls.',
    });
    expect(rebaseProposal(base, current, current)).toEqual({ status: 'clean', text: current });
  });

  it('reports a conflict when a deletion swallows the other side’s insertion', () => {
    const proposed = 'States should protect the rights of migrants.';
    const current = base.replace('women and girls', 'women, children and girls');
    const result = rebaseProposal(base, proposed, current);
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    assert(conflict, 'one conflict');
    expect(base.slice(conflict.baseOffset, conflict.baseOffset + conflict.base.length)).toBe(conflict.base);
    expect(conflict.base).toContain('women and girls');
    expect(conflict.current).toContain('children');
    expect(conflict.proposed).not.toContain('women');
  });

  it('reports a conflict when both sides insert different words at the same point', () => {
    const result = rebaseProposal(base, base.replace('the rights', 'the human rights'), base.replace('the rights', 'the basic rights'));
    expect(result.status).toBe('conflict');
  });

  it('reports every conflicting region and nothing else', () => {
    const proposed = base.replace('should', 'shall').replace('women', 'children');
    const current = base.replace('should', 'must').replace('women', 'persons').replace('rights', 'freedoms');
    const result = rebaseProposal(base, proposed, current);
    expect(result.status === 'conflict' && result.conflicts.map((c) => [c.base, c.proposed, c.current])).toEqual([
      ['should', 'shall', 'must'],
      ['women', 'children', 'persons'],
    ]);
  });

  it('merges whitespace changes with word changes', () => {
    const proposed = base.replace('should', 'shall');
    const current = base.replace('the rights', 'the  rights');
    expect(rebaseProposal(base, proposed, current)).toEqual({
      status: 'clean',
      text: base.replace('should', 'shall').replace('the rights', 'the  rights'),
    });
  });

  it('merges in Arabic and Chinese', () => {
    expect(rebaseProposal('حقوق الإنسان للمهاجرين', 'حقوق الإنسان لجميع المهاجرين', 'احترام حقوق الإنسان للمهاجرين')).toEqual({
      status: 'clean',
      text: 'احترام حقوق الإنسان لجميع المهاجرين',
    });
    expect(rebaseProposal('移民的人权', '移民的基本人权', '难民的人权')).toEqual({ status: 'clean', text: '难民的基本人权' });
  });

  it('handles empty texts', () => {
    expect(rebaseProposal('', 'new paragraph', '')).toEqual({ status: 'clean', text: 'new paragraph' });
    expect(rebaseProposal('', 'one', 'two').status).toBe('conflict');
    expect(rebaseProposal('old', '', 'old')).toEqual({ status: 'clean', text: '' });
  });
});
