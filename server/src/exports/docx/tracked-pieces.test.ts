import { describe, expect, it } from 'vitest';
import { diffWords } from '@plenary/shared/diff/index';
import type { TextRun } from '@plenary/shared/document/index';
import { diffPieces, type Piece } from './tracked-pieces.ts';

const eu = { author: 'European Union', date: '2026-03-14T10:00:00.000Z' };
const read = (pieces: Piece[], skip: 'insert' | 'delete') =>
  pieces
    .filter((p) => p.change?.kind !== skip)
    .map((p) => p.text)
    .join('');

describe('a word diff as tracked pieces', () => {
  const runs: TextRun[] = [
    { text: 'We ', marks: [] },
    { text: 'should', marks: ['bold'] },
    { text: ' act on migration.', marks: ['italic'] },
  ];
  const current = runs.map((r) => r.text).join('');

  it('reads as the current text without insertions and as the proposal without deletions', () => {
    const proposed = 'We shall act together on migration.';
    const pieces = diffPieces(runs, diffWords(current, proposed), eu);
    expect(read(pieces, 'insert')).toBe(current);
    expect(read(pieces, 'delete')).toBe(proposed);
    expect(pieces.filter((p) => p.change).every((p) => p.change!.by === eu)).toBe(true);
  });

  it('keeps the formatting of the words it keeps or deletes', () => {
    const pieces = diffPieces(runs, diffWords(current, 'We shall act on migration.'), eu);
    expect(pieces.find((p) => p.text.includes('should'))).toMatchObject({ marks: ['bold'], change: { kind: 'delete' } });
    expect(pieces.find((p) => p.text.includes('migration'))).toMatchObject({ marks: ['italic'] });
    expect(pieces.find((p) => p.change?.kind === 'insert')).toMatchObject({ marks: [] });
  });

  it('names each change by its own author when the diff says who made it', () => {
    const pen = { author: 'Ana Morales (Mexico)', date: '2026-03-15T10:00:00.000Z' };
    const ops = [
      { op: 'equal' as const, text: 'We should' },
      { op: 'insert' as const, text: ' firmly', by: pen },
      { op: 'equal' as const, text: ' act on migration.' },
    ];
    expect(diffPieces(runs, ops, eu).find((p) => p.change)).toEqual({ text: ' firmly', marks: [], change: { kind: 'insert', by: pen } });
  });
});
