import type { ChangeAttributionResponse, ComparedBlockResponse } from '@plenary/shared/api/index';
import { ROLE_LABELS, type Role } from '@plenary/shared/permissions/index';
import { formatDate } from '../lib/dates.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';

/** Where changes came from, as the legend lists it: one accepted proposal or incorporated input, or one person editing in one capacity. */
export interface Origin {
  key: string;
  stakeholderId: string;
  /** "European Union, as accepted on 14 March 2026" or "Ana Morales, co-facilitator (Mexico)". */
  label: string;
  color: string;
  /** How many paragraphs it changed. */
  paragraphs: number;
}

export function originKey(attribution: ChangeAttributionResponse): string {
  if (attribution.kind === 'proposal') return `proposal:${attribution.proposalId}`;
  if (attribution.kind === 'input') return `input:${attribution.inputId}`;
  return `edit:${attribution.userId}:${attribution.stakeholderId}:${attribution.role}`;
}

export function originLabel(attribution: ChangeAttributionResponse): string {
  if (attribution.kind === 'proposal') {
    const on = attribution.acceptedAt ? ` on ${formatDate(attribution.acceptedAt)}` : '';
    return `${attribution.stakeholder}, as accepted${on}`;
  }
  if (attribution.kind === 'input') {
    const on = attribution.incorporatedAt ? ` on ${formatDate(attribution.incorporatedAt)}` : '';
    return `${attribution.label}, incorporated${on}`;
  }
  return `${attribution.userName}, ${ROLE_LABELS[attribution.role as Role] ?? attribution.role} (${attribution.stakeholder})`;
}

export function originColor(attribution: ChangeAttributionResponse, shortNames: ReadonlyMap<string, string>): string {
  return stakeholderColor(shortNames.get(attribution.stakeholderId) ?? attribution.stakeholderId);
}

/**
 * Every origin of a comparison's changes, in the order they first appear, with how many paragraphs each changed.
 * Origins that read the same (two proposals of one delegation accepted the same day) are listed once.
 */
export function originsOf(blocks: readonly ComparedBlockResponse[], shortNames: ReadonlyMap<string, string>): Origin[] {
  const origins = new Map<string, Origin>();
  for (const block of blocks) {
    const inBlock = new Set<string>();
    for (const attribution of [block.attribution, ...block.segments.map((segment) => segment.attribution)]) {
      if (!attribution) continue;
      const label = originLabel(attribution);
      if (inBlock.has(label)) continue;
      inBlock.add(label);
      const known = origins.get(label);
      if (known) known.paragraphs++;
      else
        origins.set(label, {
          key: originKey(attribution),
          stakeholderId: attribution.stakeholderId,
          label,
          color: originColor(attribution, shortNames),
          paragraphs: 1,
        });
    }
  }
  return [...origins.values()];
}

/** The blocks with a change of the stakeholder, as the server filters them (`stakeholder=`). */
export function blocksWithChangesOf(blocks: readonly ComparedBlockResponse[], stakeholderId: string): ComparedBlockResponse[] {
  return blocks.filter(
    (block) =>
      block.attribution?.stakeholderId === stakeholderId || block.segments.some((s) => s.attribution?.stakeholderId === stakeholderId),
  );
}
