/** Proposals grouped by the pid they target, each group sorted by `order`. */
export function proposalsByParagraph<P extends { pid: string }>(proposals: readonly P[], order: (a: P, b: P) => number): Map<string, P[]> {
  const byPid = new Map<string, P[]>();
  for (const proposal of proposals) {
    const group = byPid.get(proposal.pid);
    if (group) group.push(proposal);
    else byPid.set(proposal.pid, [proposal]);
  }
  for (const group of byPid.values()) group.sort(order);
  return byPid;
}
