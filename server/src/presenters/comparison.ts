import type { ChangeAttributionResponse, CompareResponse, ComparedBlockResponse, ComparedTextResponse } from '@plenary/shared/api/index';
import type { ChangeAttribution } from '../queries/change-attribution.ts';
import type { AttributedBlock } from '../queries/document-comparison.ts';

/** A comparison of two texts: which two, and the redline block by block. */
export function presentComparison(
  from: ComparedTextResponse,
  to: ComparedTextResponse,
  blocks: readonly AttributedBlock[],
): CompareResponse {
  return { from: presentText(from), to: presentText(to), blocks: blocks.map(presentComparedBlock) };
}

function presentText(text: ComparedTextResponse): ComparedTextResponse {
  return 'live' in text ? { live: true } : { id: text.id, name: text.name };
}

function presentComparedBlock(block: AttributedBlock): ComparedBlockResponse {
  return {
    pid: block.pid,
    type: block.type,
    level: block.level,
    change: block.change,
    fromNumber: block.fromNumber,
    toNumber: block.toNumber,
    ...(block.attribution ? { attribution: presentChangeAttribution(block.attribution) } : {}),
    segments: block.segments.map(({ op, text, attribution }) => ({
      op,
      text,
      ...(attribution ? { attribution: presentChangeAttribution(attribution) } : {}),
    })),
  };
}

export function presentChangeAttribution(attribution: ChangeAttribution): ChangeAttributionResponse {
  if (attribution.kind === 'proposal') {
    const { proposalId, stakeholderId, stakeholder, acceptedAt } = attribution;
    return { kind: 'proposal', proposalId, stakeholderId, stakeholder, acceptedAt };
  }
  if (attribution.kind === 'input') {
    const { inputId, stakeholderId, stakeholder, label, incorporatedAt } = attribution;
    return { kind: 'input', inputId, stakeholderId, stakeholder, label, incorporatedAt };
  }
  const { userId, userName, stakeholderId, stakeholder, role, at } = attribution;
  return { kind: 'edit', userId, userName, stakeholderId, stakeholder, role, at };
}
