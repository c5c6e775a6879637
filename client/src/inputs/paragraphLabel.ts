import { BRIEF_PARAGRAPH } from '@plenary/shared/schema/nodeNames';

/** How a block of a brief is named in buttons and forms: its number ("¶4"), or a section by its heading. */
export function blockLabel(block: { text: string }, number: string | undefined): string {
  if (number) return number;
  const heading = block.text.trim();
  if (!heading) return 'this section';
  return `section “${heading.length > 60 ? `${heading.slice(0, 57)}…` : heading}”`;
}

/** Only a paragraph can have its wording replaced; a section heading takes inputs after it. */
export function takesInputAgainst(blockType: string | undefined): boolean {
  return blockType === BRIEF_PARAGRAPH;
}
