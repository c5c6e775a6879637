import { z } from 'zod';
import { POSITION_STATEMENT_KINDS, SILENCE_OUTCOMES } from '../domain/index.ts';
import { stakeholderRef, timestamp } from './common.ts';
import { actorResponse } from './revisions.ts';

/** A delegation's written statement breaking silence. */
export const silenceStatementResponse = z.strictObject({
  id: z.number().int(),
  stakeholder: stakeholderRef,
  user: z.strictObject({ id: z.string(), name: z.string() }),
  role: z.string(),
  body: z.string(),
  at: timestamp,
});
export type SilenceStatementResponse = z.infer<typeof silenceStatementResponse>;

export const silenceProcedureResponse = z.strictObject({
  id: z.string(),
  documentId: z.string(),
  revision: z.strictObject({ id: z.string(), name: z.string() }),
  startedBy: actorResponse,
  startedAt: timestamp,
  deadline: timestamp,
  /** null while silence runs. */
  outcome: z.enum(SILENCE_OUTCOMES).nullable(),
  /** The deadline, once the procedure has ended. */
  endedAt: timestamp.nullable(),
  /** Every delegation that broke silence, in the order they did. */
  brokenBy: z.array(stakeholderRef),
  statements: z.array(silenceStatementResponse),
});
export type SilenceProcedureResponse = z.infer<typeof silenceProcedureResponse>;

/** The silence procedures of a document, and what the caller may do about them. */
export const silenceOverviewResponse = z.strictObject({
  /** The server's current time, from which a client counts down (its own clock may be off). */
  now: timestamp,
  /** The procedure under way, if any. */
  current: silenceProcedureResponse.nullable(),
  /** Ended procedures, the latest first. */
  past: z.array(silenceProcedureResponse),
  /** When the text was adopted and became final; null while it is not. */
  adoptedAt: timestamp.nullable(),
  /** The revision a new procedure would put under silence: the latest issued; null before the first. */
  latestRevision: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  viewer: z.strictObject({
    /** May put the latest revision under silence now. */
    mayStart: z.boolean(),
    /** May break the current silence now (a delegation that has not broken it yet). */
    mayBreak: z.boolean(),
    /** May record an explanation of position or a reservation on the final text. */
    mayRecordPosition: z.boolean(),
  }),
});
export type SilenceOverviewResponse = z.infer<typeof silenceOverviewResponse>;

/** An explanation of position or a reservation recorded on the final text. */
export const positionStatementResponse = z.strictObject({
  id: z.number().int(),
  documentId: z.string(),
  procedureId: z.string(),
  kind: z.enum(POSITION_STATEMENT_KINDS),
  /** The paragraphs it concerns, with the numbers they bear in the final text; empty: the text as a whole. */
  paragraphs: z.array(z.strictObject({ pid: z.string(), number: z.string().nullable() })),
  stakeholder: stakeholderRef,
  user: z.strictObject({ id: z.string(), name: z.string() }),
  role: z.string(),
  body: z.string(),
  at: timestamp,
});
export type PositionStatementResponse = z.infer<typeof positionStatementResponse>;
