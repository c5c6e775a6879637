/** What an agency's technical input to an issue brief offers. */
export const INPUT_TYPES = ['data-point', 'policy-recommendation', 'good-practice', 'correction', 'other'] as const;
export type InputType = (typeof INPUT_TYPES)[number];

export const INPUT_TYPE_LABELS: Record<InputType, string> = {
  'data-point': 'Data point',
  'policy-recommendation': 'Policy recommendation',
  'good-practice': 'Good practice',
  correction: 'Correction',
  other: 'Other',
};

/**
 * Where an input applies: `after` a paragraph or section heading (its text becomes a new paragraph there), or
 * `against` a paragraph (its text is the paragraph's proposed new wording).
 */
export const INPUT_PLACEMENTS = ['after', 'against'] as const;
export type InputPlacement = (typeof INPUT_PLACEMENTS)[number];

/**
 * An input's state. `submitted` until the co-leads decide; `incorporated` as written, `incorporated-with-edit`
 * in the co-lead's revised wording (counted as "partly taken in"), `declined` with a reason, or `withdrawn` by
 * its agency before a decision.
 */
export const INPUT_STATUSES = ['submitted', 'incorporated', 'incorporated-with-edit', 'declined', 'withdrawn'] as const;
export type InputStatus = (typeof INPUT_STATUSES)[number];

export const INPUT_STATUS_LABELS: Record<InputStatus, string> = {
  submitted: 'Submitted',
  incorporated: 'Incorporated',
  'incorporated-with-edit': 'Incorporated with edit',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** Whether the co-leads have decided: the input can no longer be edited or withdrawn. */
export function isDecidedInput(status: InputStatus): boolean {
  return status !== 'submitted' && status !== 'withdrawn';
}

/** The SDG targets that touch migration, which an input may relate to (from the 2030 Agenda). */
export const SDG_TARGETS = {
  '5.2': 'Eliminate violence against women and girls, including trafficking',
  '8.7': 'End forced labour, modern slavery, human trafficking and child labour',
  '8.8': 'Protect labour rights and safe working environments for all workers, including migrant workers',
  '10.7': 'Facilitate orderly, safe, regular and responsible migration and mobility of people',
  '10.c': 'Reduce the transaction costs of migrant remittances to less than 3 per cent',
  '16.2': 'End abuse, exploitation, trafficking and violence against children',
  '17.18': 'Increase the availability of data disaggregated by migratory status',
} as const;
export type SdgTarget = keyof typeof SDG_TARGETS;
export const SDG_TARGET_IDS = Object.keys(SDG_TARGETS) as [SdgTarget, ...SdgTarget[]];

/** Attachments an input may carry: checked by their content, not by the name or the declared type. */
export const INPUT_ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type InputAttachmentKind = keyof typeof INPUT_ATTACHMENT_TYPES;
export const INPUT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** How words an input brought into a brief are credited: "IOM input", or "IOM input, as revised by OHCHR". */
export function inputAttributionLabel(agencyShortName: string, revisedByShortName?: string | null): string {
  return revisedByShortName ? `${agencyShortName} input, as revised by ${revisedByShortName}` : `${agencyShortName} input`;
}
