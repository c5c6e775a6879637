import { diffTokens } from '../diff/myers.ts';

/**
 * The keys present on both sides that kept their order: the longest common subsequence of the keys both
 * sides share. A shared key outside it is a block that moved relative to its neighbours.
 */
export function stayingKeys(fromKeys: readonly string[], toKeys: readonly string[]): Set<string> {
  const inFrom = new Set(fromKeys);
  const inTo = new Set(toKeys);
  const a = fromKeys.filter((key) => inTo.has(key));
  const b = toKeys.filter((key) => inFrom.has(key));
  const staying = new Set<string>();
  let aIndex = 0;
  const keepUntil = (end: number) => {
    for (; aIndex < end; aIndex++) staying.add(a[aIndex]!);
  };
  for (const hunk of diffTokens(a, b)) {
    keepUntil(hunk.aStart);
    aIndex = hunk.aEnd;
  }
  keepUntil(a.length);
  return staying;
}
