import type { DocumentKind, Role } from '../domain/index.ts';

/** Everything a person may try to do on a document. */
export const ACTIONS = [
  'read',
  'edit-text',
  'table-proposal',
  'take-position',
  'decide-proposal',
  'comment',
  'moderate-comments',
  'set-paragraph-status',
  'manage-revisions',
  'manage-process',
  'read-audit',
  'submit-input',
  'decide-input',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * 'yes' and 'no' are unconditional; 'lead' means yes only when the actor's stakeholder is one of the
 * document's lead agencies (the co-leads of an issue brief hold its pen); 'not-lead' means yes only when it is
 * not (a lead edits its brief directly instead of proposing changes to it).
 */
export type Grant = 'yes' | 'no' | 'lead' | 'not-lead';

type Table = Record<DocumentKind, Record<Role, Partial<Record<Action, Grant>>>>;

const readOnly = { read: 'yes' } as const;

/** The one table of who may do what. Anything not listed is 'no'. */
export const PERMISSIONS: Table = {
  compact: {
    cofacilitator: {
      read: 'yes',
      'edit-text': 'yes',
      'decide-proposal': 'yes',
      comment: 'yes',
      'moderate-comments': 'yes',
      'set-paragraph-status': 'yes',
      'manage-revisions': 'yes',
      'read-audit': 'yes',
    },
    secretariat: {
      read: 'yes',
      'edit-text': 'yes',
      comment: 'yes',
      'moderate-comments': 'yes',
      'manage-revisions': 'yes',
      'manage-process': 'yes',
      'read-audit': 'yes',
    },
    delegate: { read: 'yes', 'table-proposal': 'yes', 'take-position': 'yes', comment: 'yes' },
    'agency-lead': { read: 'yes', comment: 'yes' },
    'agency-contributor': { read: 'yes', comment: 'yes' },
    observer: readOnly,
  },
  brief: {
    cofacilitator: { read: 'yes', comment: 'yes' },
    secretariat: {
      read: 'yes',
      'edit-text': 'yes',
      comment: 'yes',
      'moderate-comments': 'yes',
      'manage-revisions': 'yes',
      'manage-process': 'yes',
      'read-audit': 'yes',
    },
    delegate: { read: 'yes', comment: 'yes' },
    'agency-lead': {
      read: 'yes',
      'edit-text': 'lead',
      'table-proposal': 'not-lead',
      'take-position': 'yes',
      'decide-proposal': 'lead',
      comment: 'yes',
      'moderate-comments': 'lead',
      'set-paragraph-status': 'lead',
      'manage-revisions': 'lead',
      'read-audit': 'lead',
      'submit-input': 'yes',
      'decide-input': 'lead',
    },
    'agency-contributor': { read: 'yes', 'table-proposal': 'yes', 'take-position': 'yes', comment: 'yes', 'submit-input': 'yes' },
    observer: readOnly,
  },
};
