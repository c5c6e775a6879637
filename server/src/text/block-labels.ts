import type { DocumentParagraph } from '@plenary/shared/document/index';

const HEADINGS: ReadonlySet<string> = new Set(['briefSectionHeading', 'sectionHeading']);

export function isHeadingBlock(type: string): boolean {
  return HEADINGS.has(type);
}

/** "¶4" for a paragraph, "Section 2" for the second section heading, by pid; blocks without a label are left out. */
export function blockLabels(paragraphs: readonly DocumentParagraph[]): Map<string, string> {
  const labels = new Map<string, string>();
  let sections = 0;
  for (const p of paragraphs) {
    if (isHeadingBlock(p.type)) labels.set(p.pid, `Section ${++sections}`);
    else if (p.number) labels.set(p.pid, p.number);
  }
  return labels;
}
