import { describe, expect, it } from 'vitest';
import { BRIEF_STAGES, stageLabel } from './documents.ts';

describe('stageLabel', () => {
  it('labels the compact and the briefs alike, capitalised', () => {
    expect(stageLabel('Zero draft')).toBe('Zero draft');
    expect(stageLabel('draft')).toBe('Draft');
    expect(stageLabel('circulated')).toBe('Circulated for comments');
    expect(stageLabel('finalization')).toBe('Under finalization');
  });

  it('has a label for every brief stage, starting with a capital', () => {
    for (const stage of BRIEF_STAGES) expect(stageLabel(stage)).toMatch(/^[A-Z][a-z]/);
  });

  it('capitalises a stage it does not know rather than hiding it', () => {
    expect(stageLabel('second reading')).toBe('Second reading');
  });
});
