import type { DiffOp } from '@plenary/shared/diff/index';
import type { ModelBlock } from '@plenary/shared/document/index';
import {
  BRIEF_STAGES,
  COSPONSOR_STATUSES,
  DOCUMENT_KINDS,
  INPUT_ATTACHMENT_TYPES,
  INPUT_PLACEMENTS,
  INPUT_STATUSES,
  INPUT_TYPES,
  NOTIFICATION_KINDS,
  PARAGRAPH_STATUSES,
  POSITION_STATEMENT_KINDS,
  POSITIONS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  ROLES,
  SILENCE_OUTCOMES,
  STAKEHOLDER_KINDS,
  THREAD_VISIBILITIES,
  YJS_CLIENT_SOURCES,
} from '@plenary/shared/domain/index';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  text('created_at')
    .notNull()
    .$defaultFn(() => new Date().toISOString());

export const processes = sqliteTable('processes', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  shortTitle: text('short_title').notNull(),
  /** The start of the process's document symbols ("A/CONF.231/"). */
  symbolPrefix: text('symbol_prefix').notNull().default(''),
  /** The process's working languages, as ISO 639-1 codes, English first when it is one. */
  languages: text('languages', { mode: 'json' }).$type<string[]>().notNull().default(['en']),
  /** The IANA time zone its deadlines are read in ("America/New_York"). */
  timeZone: text('time_zone').notNull().default('America/New_York'),
  createdAt: createdAt(),
});

export const stakeholders = sqliteTable('stakeholders', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: STAKEHOLDER_KINDS }).notNull(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  iso2: text('iso2'),
  iso3: text('iso3'),
});

/** A group's member stakeholders (the EU's member states, the G77's members). */
export const groupMembers = sqliteTable(
  'group_members',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => stakeholders.id),
    memberId: text('member_id')
      .notNull()
      .references(() => stakeholders.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index('group_members_member').on(t.memberId)],
);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** Empty when the person has no password and signs in only through the identity provider. */
  passwordHash: text('password_hash').notNull(),
  /** When the secretariat took the person out; null while active. Their contributions stay attributed to them. */
  deactivatedAt: text('deactivated_at'),
  createdAt: createdAt(),
});

/** An identity-provider account (OpenID Connect issuer and subject) linked to a user, who signs in with it. */
export const userIdentities = sqliteTable(
  'user_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    /** The email the provider vouched for when the identity was linked. */
    email: text('email').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('user_identities_user').on(t.userId)],
);

/** A user takes part in a process for one stakeholder, in one role. */
export const memberships = sqliteTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    processId: text('process_id')
      .notNull()
      .references(() => processes.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('memberships_user_process').on(t.userId, t.processId)],
);

export const sessions = sqliteTable('sessions', {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  expiresAt: text('expires_at').notNull(),
  /** The browser that signed in, as it named itself, for the person's list of where they are signed in. */
  userAgent: text('user_agent'),
  /** The process the person is working in on this device; null: their first. */
  processId: text('process_id').references(() => processes.id),
  /** How the session was opened. */
  method: text('method', { enum: ['password', 'oidc', 'invitation'] })
    .notNull()
    .default('password'),
});

/**
 * A one-time link the secretariat hands to a person: to join a process in a capacity (`join`), or to set a new
 * password (`reset`). Only the sha256 of its token is kept. Rows are never deleted: used, expired and revoked
 * links stay as the record of who was invited by whom.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: text('purpose', { enum: ['join', 'reset'] }).notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    processId: text('process_id')
      .notNull()
      .references(() => processes.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    role: text('role', { enum: ROLES }).notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
    acceptedAt: text('accepted_at'),
    acceptedUserId: text('accepted_user_id').references(() => users.id),
    revokedAt: text('revoked_at'),
    /** When the link was e-mailed (SMTP configured); null when it was only shown to the secretariat. */
    mailedAt: text('mailed_at'),
  },
  (t) => [index('invitations_process').on(t.processId, t.createdAt), index('invitations_email').on(t.email)],
);

export const documents = sqliteTable('documents', {
  id: text('id').primaryKey(),
  processId: text('process_id')
    .notNull()
    .references(() => processes.id),
  kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
  title: text('title').notNull(),
  status: text('status').notNull(),
  briefNumber: integer('brief_number'),
  /** When a circulated brief's co-leads want the agencies' inputs by (ISO); null when they set no deadline. */
  inputsDeadline: text('inputs_deadline'),
  createdAt: createdAt(),
  lastActivityAt: text('last_activity_at'),
});

export const documentLeads = sqliteTable(
  'document_leads',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.stakeholderId] })],
);

/** Append-only log of Yjs updates, kept for good: the evidence of who wrote what. The snapshot only caches it. */
export const yjsUpdates = sqliteTable(
  'yjs_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    update: blob('update', { mode: 'buffer' }).notNull(),
    userId: text('user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('yjs_updates_document').on(t.documentId, t.id)],
);

/**
 * Who used each Yjs client id in a document: the link from every character in the text to a person, in a
 * capacity. A client id is claimed by the first update that carries it and is never given to anyone else.
 * Server-side changes (an accepted proposal) get a client id of their own, recorded with the proposal.
 */
export const yjsClients = sqliteTable(
  'yjs_clients',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    clientId: integer('client_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    role: text('role').notNull(),
    source: text('source', { enum: YJS_CLIENT_SOURCES }).notNull(),
    /** For a server-side change: the proposal whose acceptance wrote the text. */
    proposalId: text('proposal_id').references(() => proposals.id),
    /** For a server-side change: the technical input whose incorporation wrote the text. */
    inputId: text('input_id').references((): AnySQLiteColumn => technicalInputs.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.clientId] })],
);

/** Which clocks of which client ids each logged update carries: dates every character of the text. */
export const yjsUpdateClients = sqliteTable(
  'yjs_update_clients',
  {
    updateId: integer('update_id')
      .notNull()
      .references(() => yjsUpdates.id),
    documentId: text('document_id').notNull(),
    clientId: integer('client_id').notNull(),
    clockFrom: integer('clock_from').notNull(),
    /** Exclusive. */
    clockTo: integer('clock_to').notNull(),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.clientId] }), index('yjs_update_clients_clock').on(t.documentId, t.clientId, t.clockFrom)],
);

/**
 * Who wrote each logged update, in what capacity. An update that only deletes carries no client id of its
 * own (a delete set names the items it removes, not its writer): this row is what attributes its deletions.
 */
export const yjsUpdateWriters = sqliteTable('yjs_update_writers', {
  updateId: integer('update_id')
    .primaryKey()
    .references(() => yjsUpdates.id),
  documentId: text('document_id').notNull(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  stakeholderId: text('stakeholder_id')
    .notNull()
    .references(() => stakeholders.id),
  role: text('role').notNull(),
  source: text('source', { enum: YJS_CLIENT_SOURCES }).notNull(),
  /** For a server-side change: the proposal whose acceptance made it. */
  proposalId: text('proposal_id').references(() => proposals.id),
});

export const yjsSnapshots = sqliteTable('yjs_snapshots', {
  documentId: text('document_id')
    .primaryKey()
    .references(() => documents.id),
  state: blob('state', { mode: 'buffer' }).notNull(),
  /** Highest yjs_updates.id folded into this snapshot. */
  throughUpdateId: integer('through_update_id').notNull(),
  createdAt: createdAt(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    userId: text('user_id'),
    stakeholderId: text('stakeholder_id'),
    role: text('role'),
    processId: text('process_id'),
    documentId: text('document_id'),
    action: text('action').notNull(),
    target: text('target'),
    details: text('details', { mode: 'json' }),
  },
  (t) => [index('audit_document').on(t.documentId, t.id)],
);

/** A delegation's (or agency's) proposal against one paragraph: the tracked change of the negotiation. */
export const proposals = sqliteTable(
  'proposals',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    /** Tabling order within the document, 1, 2, 3 … */
    seq: integer('seq').notNull(),
    pid: text('pid').notNull(),
    kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
    /** The paragraph text the proposal was written against (moves forward when it is rebased). */
    baseText: text('base_text').notNull(),
    /** The whole proposed paragraph text; null for a deletion. */
    text: text('text'),
    /** Word diff from base text to text, stored whenever either changes (null when there is no wording to compare). */
    diff: text('diff', { mode: 'json' }).$type<DiffOp[]>(),
    justification: text('justification').notNull().default(''),
    /** The stakeholder in whose name it is tabled: the author's own, or a group it speaks for. */
    tablingStakeholderId: text('tabling_stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id),
    authorStakeholderId: text('author_stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull(),
    /** Set when the paragraph changed under a pending proposal and the change could not be rebased. */
    outdated: integer('outdated', { mode: 'boolean' }).notNull().default(false),
    decisionReason: text('decision_reason'),
    decidedByUserId: text('decided_by_user_id').references(() => users.id),
    decidedAt: text('decided_at'),
    /** The paragraph an accepted insertion or alternative created. */
    resultPid: text('result_pid'),
    createdAt: createdAt(),
    updatedAt: text('updated_at')
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
  },
  (t) => [index('proposals_document').on(t.documentId, t.seq), index('proposals_pid').on(t.documentId, t.pid)],
);

export const proposalCosponsors = sqliteTable(
  'proposal_cosponsors',
  {
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    status: text('status', { enum: COSPONSOR_STATUSES }).notNull(),
    invitedAt: createdAt(),
    respondedAt: text('responded_at'),
    respondedByUserId: text('responded_by_user_id').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.stakeholderId] })],
);

/** One position per stakeholder per proposal; "can live with" counts as support. */
export const proposalPositions = sqliteTable(
  'proposal_positions',
  {
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    position: text('position', { enum: POSITIONS }).notNull(),
    reason: text('reason'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.stakeholderId] })],
);

/** A comment thread on a paragraph, optionally on a span of it, in one visibility layer. */
export const threads = sqliteTable(
  'threads',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    pid: text('pid').notNull(),
    /** Yjs relative positions (base64) of the span's start and end, when the thread is on a span. */
    anchorStart: text('anchor_start'),
    anchorEnd: text('anchor_end'),
    /** The words the span covered when the thread was opened. */
    quote: text('quote'),
    visibility: text('visibility', { enum: THREAD_VISIBILITIES }).notNull(),
    /** For 'delegation': the author's stakeholder; for 'group': the group whose members may read. */
    audienceStakeholderId: text('audience_stakeholder_id').references(() => stakeholders.id),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id),
    authorStakeholderId: text('author_stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    authorRole: text('author_role').notNull(),
    resolvedAt: text('resolved_at'),
    resolvedByUserId: text('resolved_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at')
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
  },
  (t) => [index('threads_document').on(t.documentId, t.pid), index('threads_document_opened').on(t.documentId, t.createdAt)],
);

export const threadMessages = sqliteTable(
  'thread_messages',
  {
    id: text('id').primaryKey(),
    threadId: text('thread_id')
      .notNull()
      .references(() => threads.id),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id),
    authorStakeholderId: text('author_stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    authorRole: text('author_role').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    editedAt: text('edited_at'),
    /** Deleted messages stay as tombstones: the body is cleared, the row and its place remain. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('thread_messages_thread').on(t.threadId, t.createdAt)],
);

export const threadReads = sqliteTable(
  'thread_reads',
  {
    threadId: text('thread_id')
      .notNull()
      .references(() => threads.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    lastReadAt: text('last_read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] })],
);

export const notifications = sqliteTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    documentId: text('document_id').references(() => documents.id),
    threadId: text('thread_id').references(() => threads.id),
    proposalId: text('proposal_id').references(() => proposals.id),
    /** The technical input it is about: its link opens that input and its paragraph. */
    inputId: text('input_id').references((): AnySQLiteColumn => technicalInputs.id),
    text: text('text').notNull(),
    createdAt: createdAt(),
    readAt: text('read_at'),
  },
  (t) => [index('notifications_user').on(t.userId, t.createdAt)],
);

/** What a proposal was when a revision was issued. */
export interface RevisionProposalState {
  id: string;
  seq: number;
  pid: string;
  kind: string;
  status: string;
  tablingStakeholderId: string;
}

/**
 * A named revision of a document (Zero draft, Rev.1 …), frozen when issued: the Yjs state, the text as it
 * read with its clean numbers, and the state of every proposal and paragraph status at that moment.
 * Immutable: triggers refuse UPDATE and DELETE.
 */
export const revisions = sqliteTable(
  'revisions',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    /** 1 for the first revision issued on the document, then 2, 3 … */
    sequence: integer('sequence').notNull(),
    name: text('name').notNull(),
    /** The document symbol, e.g. A/CONF.231/3. */
    symbol: text('symbol'),
    /** The date the revision bears (YYYY-MM-DD). */
    issuedOn: text('issued_on').notNull(),
    coverNote: text('cover_note'),
    issuedByUserId: text('issued_by_user_id')
      .notNull()
      .references(() => users.id),
    issuedByStakeholderId: text('issued_by_stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    issuedByRole: text('issued_by_role').notNull(),
    /** Y.encodeStateAsUpdate of the document at issue. */
    state: blob('state', { mode: 'buffer' }).notNull(),
    /** Highest yjs_updates.id the state contains. */
    throughUpdateId: integer('through_update_id').notNull(),
    /** The text as issued, every block with its clean number. */
    blocks: text('blocks', { mode: 'json' }).$type<ModelBlock[]>().notNull(),
    /** pid → the number the paragraph had just before the issue, where it differs ("was 11bis"). */
    previousNumbers: text('previous_numbers', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    proposals: text('proposals', { mode: 'json' }).$type<RevisionProposalState[]>().notNull(),
    /** pid → status, for every paragraph whose status is not open. */
    statuses: text('statuses', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('revisions_document_sequence').on(t.documentId, t.sequence)],
);

/** Every move of a brief from one stage of its lifecycle to another, kept for good; the latest is its stage. */
export const briefStageChanges = sqliteTable(
  'brief_stage_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    fromStage: text('from_stage', { enum: BRIEF_STAGES }).notNull(),
    toStage: text('to_stage', { enum: BRIEF_STAGES }).notNull(),
    inputsDeadline: text('inputs_deadline'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    role: text('role').notNull(),
    at: createdAt(),
  },
  (t) => [index('brief_stage_changes_document').on(t.documentId, t.id)],
);

/** Every change of a paragraph's status, kept for good; the latest row per pid is the current status. */
export const paragraphStatusChanges = sqliteTable(
  'paragraph_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    pid: text('pid').notNull(),
    status: text('status', { enum: PARAGRAPH_STATUSES }).notNull(),
    previousStatus: text('previous_status', { enum: PARAGRAPH_STATUSES }).notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    role: text('role').notNull(),
    note: text('note'),
    at: createdAt(),
  },
  (t) => [index('paragraph_status_changes_pid').on(t.documentId, t.pid, t.id)],
);

/** A revision put under silence until a deadline; the outcome is written once, when it ends. */
export const silenceProcedures = sqliteTable(
  'silence_procedures',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    revisionId: text('revision_id')
      .notNull()
      .references(() => revisions.id),
    startedByUserId: text('started_by_user_id')
      .notNull()
      .references(() => users.id),
    startedByStakeholderId: text('started_by_stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    startedByRole: text('started_by_role').notNull(),
    startedAt: text('started_at').notNull(),
    deadline: text('deadline').notNull(),
    outcome: text('outcome', { enum: SILENCE_OUTCOMES }),
    endedAt: text('ended_at'),
  },
  (t) => [index('silence_procedures_document').on(t.documentId, t.startedAt)],
);

/** A delegation's written statement breaking silence. */
export const silenceStatements = sqliteTable(
  'silence_statements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    procedureId: text('procedure_id')
      .notNull()
      .references(() => silenceProcedures.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    body: text('body').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('silence_statements_procedure').on(t.procedureId, t.id)],
);

/** An explanation of position or a reservation recorded at adoption, shown with the final text. */
export const positionStatements = sqliteTable(
  'position_statements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    procedureId: text('procedure_id')
      .notNull()
      .references(() => silenceProcedures.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    kind: text('kind', { enum: POSITION_STATEMENT_KINDS }).notNull(),
    /** The paragraphs it concerns; empty for the text as a whole. */
    pids: text('pids', { mode: 'json' }).$type<string[]>().notNull(),
    body: text('body').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('position_statements_document').on(t.documentId, t.id)],
);

/** A source an agency cites as evidence for its input; `ownReport`: one of the agency's own reports. */
export interface InputSource {
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
  ownReport: boolean;
}

/**
 * An agency's technical input to an issue brief, in its current state. Every wording it was submitted or
 * edited with is kept in `technical_input_versions`; the decision is set once, by a co-lead.
 */
export const technicalInputs = sqliteTable(
  'technical_inputs',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    /** Submission order within the brief, 1, 2, 3 … */
    seq: integer('seq').notNull(),
    /** The paragraph or section heading the input applies to. */
    pid: text('pid').notNull(),
    placement: text('placement', { enum: INPUT_PLACEMENTS }).notNull(),
    type: text('type', { enum: INPUT_TYPES }).notNull(),
    text: text('text').notNull(),
    rationale: text('rationale').notNull().default(''),
    sources: text('sources', { mode: 'json' }).$type<InputSource[]>().notNull(),
    sdgTargets: text('sdg_targets', { mode: 'json' }).$type<string[]>().notNull(),
    /** The contributing agency. */
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: INPUT_STATUSES }).notNull(),
    decidedByUserId: text('decided_by_user_id').references(() => users.id),
    /** The co-lead agency that decided (named in "IOM input, as revised by OHCHR"). */
    decidedByStakeholderId: text('decided_by_stakeholder_id').references(() => stakeholders.id),
    decidedAt: text('decided_at'),
    declineReason: text('decline_reason'),
    /** The wording that entered the brief: the input's own, or the co-lead's edit of it. */
    incorporatedText: text('incorporated_text'),
    /** The paragraph the incorporated words are in (a new one for an input placed after). */
    resultPid: text('result_pid'),
    createdAt: createdAt(),
    updatedAt: text('updated_at')
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
  },
  (t) => [index('technical_inputs_document').on(t.documentId, t.seq), index('technical_inputs_stakeholder').on(t.stakeholderId)],
);

/** Every wording an input was submitted or edited with, kept for good (append-only). */
export const technicalInputVersions = sqliteTable(
  'technical_input_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inputId: text('input_id')
      .notNull()
      .references(() => technicalInputs.id),
    pid: text('pid').notNull(),
    placement: text('placement', { enum: INPUT_PLACEMENTS }).notNull(),
    type: text('type', { enum: INPUT_TYPES }).notNull(),
    text: text('text').notNull(),
    rationale: text('rationale').notNull(),
    sources: text('sources', { mode: 'json' }).$type<InputSource[]>().notNull(),
    sdgTargets: text('sdg_targets', { mode: 'json' }).$type<string[]>().notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('technical_input_versions_input').on(t.inputId, t.id)],
);

/**
 * A file attached to an input, stored under DATA_DIR by its id (never by the uploaded name). Append-only: a
 * replaced attachment stays on record; the latest row of an input is its attachment.
 */
export const inputAttachments = sqliteTable(
  'input_attachments',
  {
    id: text('id').primaryKey(),
    inputId: text('input_id')
      .notNull()
      .references(() => technicalInputs.id),
    fileName: text('file_name').notNull(),
    kind: text('kind', { enum: Object.keys(INPUT_ATTACHMENT_TYPES) as ['pdf', 'docx', 'xlsx'] }).notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedByUserId: text('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('input_attachments_input').on(t.inputId, t.createdAt)],
);

/**
 * Evidence behind a compact paragraph: a link to a brief paragraph, or to an incorporated input, by paragraph
 * id on both sides so it survives renumbering. A removed link stays on record with who removed it and when.
 */
export const evidenceLinks = sqliteTable(
  'evidence_links',
  {
    id: text('id').primaryKey(),
    compactDocumentId: text('compact_document_id')
      .notNull()
      .references(() => documents.id),
    compactPid: text('compact_pid').notNull(),
    briefDocumentId: text('brief_document_id')
      .notNull()
      .references(() => documents.id),
    briefPid: text('brief_pid').notNull(),
    inputId: text('input_id').references(() => technicalInputs.id),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdByStakeholderId: text('created_by_stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    createdByRole: text('created_by_role').notNull(),
    createdAt: createdAt(),
    removedByUserId: text('removed_by_user_id').references(() => users.id),
    removedAt: text('removed_at'),
  },
  (t) => [
    index('evidence_links_compact').on(t.compactDocumentId, t.compactPid),
    index('evidence_links_brief').on(t.briefDocumentId, t.briefPid),
  ],
);

/**
 * An uploaded Word file read into what it will do, waiting for its uploader to confirm: the proposals a
 * delegation's tracked changes amount to, or the blocks of a zero draft. Kept once confirmed, with what it made.
 */
export const documentImports = sqliteTable(
  'document_imports',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['amendments', 'zero-draft'] }).notNull(),
    processId: text('process_id')
      .notNull()
      .references(() => processes.id),
    /** The document the amendments are to; null for a zero draft (it makes a new document). */
    documentId: text('document_id').references(() => documents.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
    role: text('role').notNull(),
    fileName: text('file_name'),
    sha256: text('sha256').notNull(),
    /** What the file was read into, as the preview showed it. */
    preview: text('preview', { mode: 'json' }).$type<unknown>().notNull(),
    status: text('status', { enum: ['pending', 'confirmed'] }).notNull(),
    /** What confirming made: the proposal ids, or the new document's id. */
    result: text('result', { mode: 'json' }).$type<unknown>(),
    confirmedAt: text('confirmed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('document_imports_user').on(t.userId, t.createdAt)],
);
