import type { JSONContent } from '@tiptap/core';
import type { seededRandom } from '../diff/seeded-random.test-helper.ts';

type Random = ReturnType<typeof seededRandom>;

const WORDS = ['States', ' shall', ' cooperate', ', ', 'migrants', ' rights', '; ', 'Réfugiés', ' права', ' 移民', ' 😀', '  ', '.'];
const MARK_SETS = [[], [], ['bold'], ['italic'], ['bold', 'italic'], ['italic', 'bold']];

/** Random text nodes: neighbours may share marks, marks come in either order. */
function randomInline(random: Random): JSONContent[] {
  return Array.from({ length: random.int(5) }, () => {
    const text = Array.from({ length: 1 + random.int(3) }, () => random.pick(WORDS)).join('');
    const marks = random.pick(MARK_SETS).map((type) => ({ type }));
    return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
  });
}

/** A pid on most negotiable blocks, none on some, as in a document the pid plugin has not seen yet. */
function randomAttrs(random: Random, type: string, index: number): Record<string, unknown> {
  if (type === 'title') return {};
  const attrs: Record<string, unknown> = random.next() < 0.85 ? { pid: `p${index}` } : {};
  if (type === 'subPoint') attrs.level = 1 + random.int(2);
  if (type === 'briefSectionHeading') attrs.kind = random.pick(['context', 'key-messages', 'other']);
  return attrs;
}

const TYPES = [
  'title',
  'sectionHeading',
  'preambularParagraph',
  'operativeParagraph',
  'operativeParagraph',
  'subPoint',
  'subPoint',
  'briefSectionHeading',
  'briefParagraph',
];

/** A random valid document of the shared schema, as ProseMirror JSON. */
export function randomDocument(random: Random): JSONContent {
  return {
    type: 'doc',
    content: Array.from({ length: 1 + random.int(12) }, (_, index) => {
      const type = random.pick(TYPES);
      return { type, attrs: randomAttrs(random, type, index), content: randomInline(random) };
    }),
  };
}
