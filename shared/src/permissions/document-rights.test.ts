import { describe, expect, it } from 'vitest';
import { ROLES } from '../domain/index.ts';
import { can } from './can.ts';
import { DOCUMENT_RIGHT_LABELS, documentRight } from './document-rights.ts';

const compact = { kind: 'compact' as const, leadStakeholderIds: [] };
const brief3 = { kind: 'brief' as const, leadStakeholderIds: ['IOM', 'UNITAR'] };

describe('documentRight', () => {
  it('tells each role on the compact what it can do', () => {
    const rights = Object.fromEntries(ROLES.map((role) => [role, documentRight({ role, stakeholderId: 'X' }, compact)]));
    expect(rights).toEqual({
      cofacilitator: 'pen',
      secretariat: 'pen',
      delegate: 'propose-and-comment',
      'agency-lead': 'comment',
      'agency-contributor': 'comment',
      observer: 'read',
    });
  });

  it('gives a lead agency the pen on its brief, and proposals to the other agencies', () => {
    expect(documentRight({ role: 'agency-lead', stakeholderId: 'IOM' }, brief3)).toBe('pen');
    expect(documentRight({ role: 'agency-lead', stakeholderId: 'OHCHR' }, brief3)).toBe('propose-and-comment');
    expect(documentRight({ role: 'agency-contributor', stakeholderId: 'IOM' }, brief3)).toBe('propose-and-comment');
    expect(documentRight({ role: 'delegate', stakeholderId: 'EU' }, brief3)).toBe('comment');
    expect(documentRight({ role: 'secretariat', stakeholderId: 'secretariat' }, brief3)).toBe('pen');
    expect(documentRight({ role: 'observer', stakeholderId: 'O' }, brief3)).toBe('read');
  });

  it('never claims more than the table grants', () => {
    for (const role of ROLES) {
      for (const doc of [compact, brief3]) {
        for (const stakeholderId of ['IOM', 'X']) {
          const actor = { role, stakeholderId };
          const right = documentRight(actor, doc);
          if (right === 'propose-and-comment') expect(can(actor, 'table-proposal', doc) && can(actor, 'comment', doc)).toBe(true);
          if (right === 'comment') expect(can(actor, 'comment', doc)).toBe(true);
          expect(can(actor, 'read', doc)).toBe(true);
        }
      }
    }
  });

  it('says each right in plain words', () => {
    expect(DOCUMENT_RIGHT_LABELS).toEqual({
      pen: 'You hold the pen',
      'propose-and-comment': 'You can propose and comment',
      comment: 'You can comment',
      read: 'You can read',
    });
  });
});
