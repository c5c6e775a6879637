import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().$defaultFn(() => new Date().toISOString());

export const processes = sqliteTable('processes', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  shortTitle: text('short_title').notNull(),
  createdAt: createdAt(),
});

export const stakeholders = sqliteTable('stakeholders', {
  id: text('id').primaryKey(),
  kind: text('kind', {
    enum: ['member-state', 'group', 'agency', 'cofacilitator-office', 'secretariat', 'observer'],
  }).notNull(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  iso2: text('iso2'),
  iso3: text('iso3'),
});

/** A group's member stakeholders (the EU's member states, the G77's members). */
export const groupMembers = sqliteTable(
  'group_members',
  {
    groupId: text('group_id').notNull().references(() => stakeholders.id),
    memberId: text('member_id').notNull().references(() => stakeholders.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index('group_members_member').on(t.memberId)],
);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
});

/** A user takes part in a process for one stakeholder, in one role. */
export const memberships = sqliteTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    processId: text('process_id').notNull().references(() => processes.id),
    stakeholderId: text('stakeholder_id').notNull().references(() => stakeholders.id),
    role: text('role', {
      enum: ['cofacilitator', 'secretariat', 'delegate', 'agency-lead', 'agency-contributor', 'observer'],
    }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('memberships_user_process').on(t.userId, t.processId)],
);

export const sessions = sqliteTable('sessions', {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: text('expires_at').notNull(),
});

export const documents = sqliteTable('documents', {
  id: text('id').primaryKey(),
  processId: text('process_id').notNull().references(() => processes.id),
  kind: text('kind', { enum: ['compact', 'brief'] }).notNull(),
  title: text('title').notNull(),
  status: text('status').notNull(),
  briefNumber: integer('brief_number'),
  createdAt: createdAt(),
  lastActivityAt: text('last_activity_at'),
});

export const documentLeads = sqliteTable(
  'document_leads',
  {
    documentId: text('document_id').notNull().references(() => documents.id),
    stakeholderId: text('stakeholder_id').notNull().references(() => stakeholders.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.stakeholderId] })],
);

/** Append-only log of Yjs updates; compaction folds a prefix of it into the snapshot. */
export const yjsUpdates = sqliteTable(
  'yjs_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: text('document_id').notNull().references(() => documents.id),
    update: blob('update', { mode: 'buffer' }).notNull(),
    userId: text('user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('yjs_updates_document').on(t.documentId, t.id)],
);

export const yjsSnapshots = sqliteTable('yjs_snapshots', {
  documentId: text('document_id').primaryKey().references(() => documents.id),
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
