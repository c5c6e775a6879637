export const PROPOSAL_KINDS = ['amend', 'delete', 'insert-after', 'alternative'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_STATUSES = ['tabled', 'accepted', 'rejected', 'withdrawn', 'superseded'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const COSPONSOR_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export type CosponsorStatus = (typeof COSPONSOR_STATUSES)[number];
/** What an invited co-sponsor may answer. */
export type CosponsorAnswer = Exclude<CosponsorStatus, 'invited'>;

/** A delegation's position on another's proposal; "can live with" counts as support. */
export const POSITIONS = ['support', 'oppose'] as const;
export type Position = (typeof POSITIONS)[number];

/** Proposals in one page of `GET /api/documents/:id/proposals` unless the caller asks for fewer, and the most it may ask for. */
export const PROPOSAL_PAGE_DEFAULT = 200;
export const PROPOSAL_PAGE_MAX = 500;
