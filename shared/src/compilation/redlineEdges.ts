/**
 * A change's text split into the spaces around it and the words themselves, so that a redline marks
 * words, not the blanks between them.
 */
export function splitEdges(text: string): { lead: string; core: string; trail: string } {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return { lead: match[1] ?? '', core: match[2] ?? '', trail: match[3] ?? '' };
}
