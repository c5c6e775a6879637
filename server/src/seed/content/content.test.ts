import { documentSchema } from '@plenary/shared/schema/index';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { inline, newPid, op, sub } from './build.ts';
import { compactZeroDraft } from './compact-zero-draft.ts';
import { issueBriefs } from './issue-briefs.ts';

const blocksOf = (document: JSONContent): JSONContent[] => document.content ?? [];
const ofType = (document: JSONContent, type: string) => blocksOf(document).filter((block) => block.type === type);
const textOf = (block: JSONContent | undefined): string => block?.text ?? (block?.content ?? []).map(textOf).join('');
const wordCount = (text: string) => text.trim().split(/\s+/).length;
const pidsOf = (document: JSONContent) =>
  blocksOf(document)
    .map((block) => block.attrs?.pid as string | undefined)
    .filter((pid): pid is string => pid !== undefined);

describe('build helpers', () => {
  it('makes 10-character base36 pids that do not repeat', () => {
    const pids = Array.from({ length: 2000 }, newPid);
    for (const pid of pids) expect(pid).toMatch(/^[0-9a-z]{10}$/);
    expect(new Set(pids).size).toBe(pids.length);
  });

  it('turns *asterisk* spans into italic marks', () => {
    expect(inline('*Recalling* the Declaration,')).toEqual([
      { type: 'text', text: 'Recalling', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' the Declaration,' },
    ]);
  });

  it('refuses unbalanced asterisks and empty text', () => {
    expect(() => inline('*Recalling the Declaration,')).toThrow(/Unbalanced/);
    expect(() => inline('')).toThrow();
  });

  it('puts sub-points after their operative paragraph as flat siblings', () => {
    const [paragraph, first, second] = op('We commit to:', [sub('first;'), sub('second.', 2)]);
    expect(paragraph?.type).toBe('operativeParagraph');
    expect(first?.attrs).toMatchObject({ level: 1 });
    expect(second?.attrs).toMatchObject({ level: 2 });
  });
});

describe('compact zero draft', () => {
  const compact = compactZeroDraft();
  const operative = ofType(compact, 'operativeParagraph');

  it('opens with the dated title and the preamble', () => {
    const [first, second] = blocksOf(compact);
    expect(first).toMatchObject({ type: 'title' });
    expect(textOf(first)).toBe('Global Compact for Safe, Orderly and Regular Migration — Zero draft');
    expect(second?.type).toBe('sectionHeading');
    expect(textOf(second)).toBe('Preamble');
  });

  it('has a realistic number of preambular and operative paragraphs', () => {
    expect(ofType(compact, 'preambularParagraph').length).toBeGreaterThanOrEqual(9);
    expect(ofType(compact, 'preambularParagraph').length).toBeLessThanOrEqual(12);
    expect(operative.length).toBeGreaterThanOrEqual(22);
    expect(operative.length).toBeLessThanOrEqual(30);
    expect(ofType(compact, 'sectionHeading').length).toBeGreaterThanOrEqual(5);
  });

  it('has a substantive OP3 with a "should" that a delegation can amend', () => {
    const op3 = textOf(operative[2]);
    expect(wordCount(op3)).toBeGreaterThanOrEqual(40);
    expect(wordCount(op3)).toBeLessThanOrEqual(60);
    expect(op3.match(/\bshould\b/g)).toHaveLength(1);
  });

  it('italicises the opening words of every preambular paragraph', () => {
    for (const paragraph of ofType(compact, 'preambularParagraph')) {
      expect(paragraph.content?.[0]?.marks).toEqual([{ type: 'italic' }]);
    }
  });

  it('carries level-1 and level-2 sub-points, each after a paragraph or another sub-point', () => {
    const blocks = blocksOf(compact);
    const subPoints = ofType(compact, 'subPoint');
    expect(subPoints.some((point) => point.attrs?.level === 1)).toBe(true);
    expect(subPoints.some((point) => point.attrs?.level === 2)).toBe(true);
    blocks.forEach((block, index) => {
      if (block.type !== 'subPoint') return;
      const previous = blocks[index - 1];
      if (block.attrs?.level === 2) expect(previous?.type).toBe('subPoint');
      else expect(['operativeParagraph', 'preambularParagraph', 'subPoint']).toContain(previous?.type);
    });
  });

  it('gives fresh pids on every build', () => {
    const again = new Set(pidsOf(compactZeroDraft()));
    expect(pidsOf(compact).some((pid) => again.has(pid))).toBe(false);
  });
});

describe('issue briefs', () => {
  const briefs = issueBriefs();

  it('are the six thematic briefs with their lead agencies', () => {
    expect(briefs.map(({ number, coLeads }) => [number, coLeads])).toEqual([
      [1, ['OHCHR', 'WHO']],
      [2, ['FAO', 'UNDP', 'UNHCR']],
      [3, ['IOM', 'UNITAR']],
      [4, ['UN DESA', 'World Bank']],
      [5, ['UNODC']],
      [6, ['ILO', 'UN-Women']],
    ]);
    expect(briefs[4]?.title).toMatch(/^Smuggling of migrants, trafficking in persons/);
  });

  it.each(briefs.map((brief) => [brief.number, brief] as const))(
    'brief %i has a title and the four sections, each with 2 to 4 paragraphs',
    (_number, brief) => {
      const blocks = blocksOf(brief.content);
      expect(blocks[0]?.type).toBe('title');
      expect(textOf(blocks[0])).toContain(brief.title);
      const sectionKinds = ofType(brief.content, 'briefSectionHeading').map((heading) => heading.attrs?.kind);
      expect(sectionKinds).toEqual(['context', 'key-messages', 'recommendations', 'evidence']);

      const paragraphsPerSection: number[] = [];
      for (const block of blocks.slice(1)) {
        if (block.type === 'briefSectionHeading') paragraphsPerSection.push(0);
        else if (block.type === 'briefParagraph') {
          const current = paragraphsPerSection.pop();
          if (current === undefined) throw new Error('A brief paragraph before any section');
          paragraphsPerSection.push(current + 1);
        } else throw new Error(`Unexpected ${block.type} in a brief`);
      }
      for (const count of paragraphsPerSection) {
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
      }
    },
  );

  it('cite the SDG targets that concern migrants', () => {
    const allText = briefs.flatMap((brief) => blocksOf(brief.content).map(textOf)).join(' ');
    for (const target of ['10.7', '8.8', '10.c', '17.18', '5.2', '8.7', '16.2']) {
      expect(allText).toContain(target);
    }
  });
});

describe('all seeded texts', () => {
  const documents = [compactZeroDraft(), ...issueBriefs().map((brief) => brief.content)];

  it('give every negotiable block its own pid', () => {
    const negotiable = documents.flatMap((document) => blocksOf(document).filter((block) => block.type !== 'title'));
    const pids = documents.flatMap(pidsOf);
    expect(pids).toHaveLength(negotiable.length);
    expect(new Set(pids).size).toBe(pids.length);
  });

  it('have no empty block and no stray markup', () => {
    for (const block of documents.flatMap(blocksOf)) {
      expect(textOf(block).trim()).not.toBe('');
      expect(textOf(block)).not.toContain('*');
    }
  });

  it('are valid against the shared document schema', () => {
    for (const document of documents) expect(() => documentSchema.nodeFromJSON(document).check()).not.toThrow();
  });
});
