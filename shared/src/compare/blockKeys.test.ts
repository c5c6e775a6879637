import { describe, expect, it } from 'vitest';
import type { ModelBlock } from '../document/model.ts';
import { blockKeys } from './blockKeys.ts';

const block = (type: string, pid: string | null): ModelBlock => ({
  pid,
  type,
  level: null,
  number: null,
  margin: null,
  runs: [],
  text: '',
});

describe('blockKeys', () => {
  it('keys paragraphs by pid, and blocks without one by type and rank', () => {
    expect(
      blockKeys([block('title', null), block('operativeParagraph', 'a'), block('sectionHeading', null), block('sectionHeading', null)]),
    ).toEqual(['type:title:0', 'pid:a', 'type:sectionHeading:0', 'type:sectionHeading:1']);
  });

  it('keeps a repeated pid for its first block only', () => {
    expect(blockKeys([block('operativeParagraph', 'a'), block('operativeParagraph', 'a')])).toEqual(['pid:a', 'type:operativeParagraph:0']);
  });
});
