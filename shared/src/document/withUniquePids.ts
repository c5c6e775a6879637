import type { JSONContent } from '@tiptap/core';
import { isNegotiableType } from '../schema/nodeNames.ts';
import { newPidAvoiding } from '../schema/pid.ts';

/**
 * A copy of the document in which every negotiable block has a pid and no pid repeats (the first
 * occurrence keeps it). The JSON counterpart of the editor's pid-integrity plugin, for seeding and imports.
 */
export function withUniquePids(json: JSONContent): JSONContent {
  const content = json.content ?? [];
  const taken = new Set<string>();
  for (const node of content) {
    if (typeof node.attrs?.pid === 'string' && node.attrs.pid) taken.add(node.attrs.pid);
  }
  const seen = new Set<string>();
  const blocks = content.map((node) => {
    if (!isNegotiableType(node.type ?? '')) return node;
    const pid: unknown = node.attrs?.pid;
    if (typeof pid === 'string' && pid && !seen.has(pid)) {
      seen.add(pid);
      return node;
    }
    const fresh = newPidAvoiding(taken);
    taken.add(fresh);
    seen.add(fresh);
    return { ...node, attrs: { ...node.attrs, pid: fresh } };
  });
  return { ...json, content: blocks };
}
