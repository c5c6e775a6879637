import { z } from 'zod';
import { COSPONSOR_STATUSES, POSITIONS, PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/index.ts';
import { stakeholderRef, timestamp } from './common.ts';

/** A person named on a proposal: their name and the short name of their stakeholder. */
const personRef = z.strictObject({ name: z.string(), stakeholder: z.string().nullable() });

/** A stakeholder's recorded support or opposition. */
export const stakeholderPositionResponse = z.strictObject({
  stakeholder: stakeholderRef,
  reason: z.string().nullable(),
  at: timestamp,
});
export type StakeholderPositionResponse = z.infer<typeof stakeholderPositionResponse>;

const diffOp = z.strictObject({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

/** What the viewer's own delegation has done and may do, so clients need not re-derive the rules. */
const proposalViewerState = z.strictObject({
  position: z.enum(POSITIONS).nullable(),
  cosponsorship: z.strictObject({ stakeholderId: z.string(), status: z.enum(COSPONSOR_STATUSES) }).nullable(),
  canTakePosition: z.boolean(),
  canWithdraw: z.boolean(),
  canDecide: z.boolean(),
  /** A decision taken (accepted or rejected) that the viewer, a pen-holder who decides, may reopen. */
  canReopen: z.boolean(),
});

/** A proposal as the caller may see it, labelled against the document's current numbering. */
export const proposalResponse = z.strictObject({
  id: z.string(),
  seq: z.number().int(),
  documentId: z.string(),
  pid: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  status: z.enum(PROPOSAL_STATUSES),
  outdated: z.boolean(),
  /** "EU", "Canada +2". */
  label: z.string(),
  /** "OP3", "3bis", "3alt"; null when the paragraph is gone. */
  paragraphLabel: z.string().nullable(),
  /** The paragraph no longer reads as it did when the proposal was written (null once it is gone). */
  paragraphChanged: z.boolean().nullable(),
  baseText: z.string(),
  text: z.string().nullable(),
  diff: z.array(diffOp).nullable(),
  justification: z.string(),
  tabledBy: stakeholderRef,
  author: personRef,
  cosponsors: z.array(z.strictObject({ stakeholder: stakeholderRef, status: z.enum(COSPONSOR_STATUSES) })),
  supporters: z.array(stakeholderPositionResponse),
  opposers: z.array(stakeholderPositionResponse),
  counts: z.strictObject({ cosponsors: z.number().int(), supporters: z.number().int(), opposers: z.number().int() }),
  decision: z
    .strictObject({ status: z.enum(PROPOSAL_STATUSES), by: personRef, at: timestamp.nullable(), reason: z.string().nullable() })
    .nullable(),
  resultPid: z.string().nullable(),
  viewer: proposalViewerState,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ProposalResponse = z.infer<typeof proposalResponse>;

/** One page of `GET /api/documents/:id/proposals?limit=…`: `nextCursor` asks for the next, null after the last. */
export const proposalPageResponse = z.strictObject({
  items: z.array(proposalResponse),
  nextCursor: z.string().nullable(),
});
export type ProposalPageResponse = z.infer<typeof proposalPageResponse>;
