import type { OutlineEntry } from '../hooks/useOutline.ts';

function normalise(reference: string): string {
  return reference
    .toUpperCase()
    .replace(/[\s.¶]/g, '')
    .replace(/^OP(?=\d)/, '');
}

/**
 * Finds the paragraph a person means by a typed reference: "12", "OP12", "12.", "PP3", "12(a)",
 * "OP12(a)(ii)", "¶4" (briefs).
 */
export function findParagraph(entries: readonly OutlineEntry[], reference: string): OutlineEntry | undefined {
  const wanted = normalise(reference);
  if (!wanted) return undefined;
  return entries.find((entry) => !entry.heading && normalise(entry.label) === wanted);
}
