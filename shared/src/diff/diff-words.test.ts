import { describe, expect, it } from 'vitest';
import { diffWords, type DiffOp } from './diff-words.ts';

const del = (text: string): DiffOp => ({ op: 'delete', text });
const ins = (text: string): DiffOp => ({ op: 'insert', text });
const eq = (text: string): DiffOp => ({ op: 'equal', text });

describe('diffWords', () => {
  it('replaces a whole word, not its letters', () => {
    expect(diffWords('States should protect migrants', 'States shall protect migrants')).toEqual([
      eq('States '),
      del('should'),
      ins('shall'),
      eq(' protect migrants'),
    ]);
  });

  it('changes a single punctuation mark', () => {
    expect(diffWords('migrants, including women', 'migrants; including women')).toEqual([
      eq('migrants'),
      del(','),
      ins(';'),
      eq(' including women'),
    ]);
  });

  it('deletes a word together with its following space', () => {
    expect(diffWords('a very good text', 'a good text')).toEqual([eq('a '), del('very '), eq('good text')]);
  });

  it('inserts words with their space', () => {
    expect(diffWords('the rights of migrants', 'the human rights of all migrants')).toEqual([
      eq('the '),
      ins('human '),
      eq('rights of '),
      ins('all '),
      eq('migrants'),
    ]);
  });

  it('appends a sentence after the full stop', () => {
    expect(diffWords('Good text.', 'Good text. More text.')).toEqual([eq('Good text.'), ins(' More text.')]);
  });

  it('handles repeated words', () => {
    expect(diffWords('the the the', 'the the')).toEqual([del('the '), eq('the the')]);
    expect(diffWords('the the', 'the the the')).toEqual([ins('the '), eq('the the')]);
  });

  it('folds a lone space or a short word between changes into one replacement', () => {
    expect(diffWords('should apply', 'shall enforce')).toEqual([del('should apply'), ins('shall enforce')]);
    expect(diffWords('States should respect the rights.', 'States shall uphold the freedoms.')).toEqual([
      eq('States '),
      del('should respect the rights'),
      ins('shall uphold the freedoms'),
      eq('.'),
    ]);
  });

  it('keeps a longer unchanged word between small changes', () => {
    expect(diffWords('a, migrants, b', 'a; migrants; b')).toEqual([
      eq('a'),
      del(','),
      ins(';'),
      eq(' migrants'),
      del(','),
      ins(';'),
      eq(' b'),
    ]);
  });

  it('factors unchanged whitespace out of a folded replacement', () => {
    expect(diffWords('a b c', 'a x y z c')).toEqual([eq('a '), del('b'), ins('x y z'), eq(' c')]);
  });

  it('shows whitespace changes', () => {
    expect(diffWords('a  b', 'a b')).toEqual([eq('a'), del('  '), ins(' '), eq('b')]);
    expect(diffWords('a b', 'a\nb')).toEqual([eq('a'), del(' '), ins('\n'), eq('b')]);
    expect(diffWords('text', 'text ')).toEqual([eq('text'), ins(' ')]);
  });

  it('handles empty strings', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new text')).toEqual([ins('new text')]);
    expect(diffWords('old text', '')).toEqual([del('old text')]);
    expect(diffWords('same', 'same')).toEqual([eq('same')]);
  });

  it('replaces the whole text as one change', () => {
    expect(diffWords('completely different words here', 'nothing alike at all')).toEqual([
      del('completely different words here'),
      ins('nothing alike at all'),
    ]);
  });

  it('diffs Arabic by words', () => {
    expect(diffWords('حقوق الإنسان للمهاجرين', 'حقوق الإنسان لجميع المهاجرين')).toEqual([
      eq('حقوق الإنسان '),
      del('للمهاجرين'),
      ins('لجميع المهاجرين'),
    ]);
  });

  it('diffs Chinese character by character', () => {
    expect(diffWords('移民的人权', '移民的基本人权')).toEqual([eq('移民的'), ins('基本'), eq('人权')]);
    expect(diffWords('移民的人权', '难民的人权')).toEqual([del('移'), ins('难'), eq('民的人权')]);
  });

  it('diffs mixed scripts', () => {
    expect(diffWords('IOM与UNHCR合作 on права', 'IOM与OHCHR合作 on права')).toEqual([
      eq('IOM与'),
      del('UNHCR'),
      ins('OHCHR'),
      eq('合作 on права'),
    ]);
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    expect(diffWords('migration 😀 is', 'migration 😃 is')).toEqual([eq('migration '), del('😀'), ins('😃'), eq(' is')]);
    expect(diffWords('family 👨‍👩‍👧', 'family 👨‍👩‍👦')).toEqual([eq('family '), del('👨‍👩‍👧'), ins('👨‍👩‍👦')]);
  });

  it('stays correct when the texts differ too much for an exact search', () => {
    const before = Array.from({ length: 1500 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 1500 }, (_, i) => `v${i}`).join(' ');
    const ops = diffWords(`Start ${before} end.`, `Start ${after} end.`);
    expect(
      ops
        .filter((o) => o.op !== 'insert')
        .map((o) => o.text)
        .join(''),
    ).toBe(`Start ${before} end.`);
    expect(
      ops
        .filter((o) => o.op !== 'delete')
        .map((o) => o.text)
        .join(''),
    ).toBe(`Start ${after} end.`);
    expect(ops[0]).toEqual(eq('Start '));
  });
});
