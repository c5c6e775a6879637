import { INPUT_STATUS_LABELS, INPUT_TYPE_LABELS, SDG_TARGETS, type SdgTarget } from '@plenary/shared/domain/index';
import type { TechnicalInput } from '../api/inputs.ts';

/** "IOM input", the chip of an input in the text and in the panel. */
export function inputChip(input: TechnicalInput): string {
  return `${input.agency.shortName} input`;
}

/** "Data point after ¶4", "Correction of ¶4". */
export function inputWhat(input: TechnicalInput): string {
  const where = input.paragraphLabel ?? 'a removed paragraph';
  return `${INPUT_TYPE_LABELS[input.type]} ${input.placement === 'against' ? 'on' : 'after'} ${where}`;
}

export function inputStatusLabel(input: TechnicalInput): string {
  return INPUT_STATUS_LABELS[input.status];
}

/** "10.7: Facilitate orderly, safe, regular…": what a target's chip says on hover. */
export function sdgTargetTitle(id: string): string {
  const description = (SDG_TARGETS as Record<string, string>)[id as SdgTarget];
  return description ? `SDG target ${id}: ${description}` : `SDG target ${id}`;
}

/** How the outcome reads on the card: "Incorporated with edit by OHCHR — IOM input, as revised by OHCHR", or the reason. */
export function decisionLine(input: TechnicalInput): string | null {
  const { decision } = input;
  if (!decision) return null;
  const by = `${INPUT_STATUS_LABELS[input.status]} by ${decision.by.stakeholder.shortName}`;
  if (input.status === 'declined') return decision.reason ? `${by}: “${decision.reason}”` : by;
  return decision.attribution ? `${by} — ${decision.attribution}` : by;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
