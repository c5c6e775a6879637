import type {
  auditLog,
  documents,
  inputAttachments,
  memberships,
  notifications,
  positionStatements,
  processes,
  proposalCosponsors,
  proposalPositions,
  proposals,
  revisions,
  silenceProcedures,
  silenceStatements,
  stakeholders,
  technicalInputs,
  threadMessages,
  threads,
  users,
} from './schema.ts';

/** Rows as the database returns them: one name per table, used by every layer. */
export type User = typeof users.$inferSelect;
export type ProcessRow = typeof processes.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Stakeholder = typeof stakeholders.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type ProposalRow = typeof proposals.$inferSelect;
export type CosponsorRow = typeof proposalCosponsors.$inferSelect;
export type PositionRow = typeof proposalPositions.$inferSelect;
export type ThreadRow = typeof threads.$inferSelect;
export type MessageRow = typeof threadMessages.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationKind = NotificationRow['kind'];
export type RevisionRow = typeof revisions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type SilenceProcedureRow = typeof silenceProcedures.$inferSelect;
export type SilenceStatementRow = typeof silenceStatements.$inferSelect;
export type PositionStatementRow = typeof positionStatements.$inferSelect;
export type TechnicalInputRow = typeof technicalInputs.$inferSelect;
export type InputAttachmentRow = typeof inputAttachments.$inferSelect;
