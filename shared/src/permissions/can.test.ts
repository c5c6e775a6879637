import { describe, expect, it } from 'vitest';
import { can, holdsPen, penRoles } from './can.ts';
import { ROLES } from '../domain/index.ts';

const compact = { kind: 'compact' as const, leadStakeholderIds: [] };
const brief3 = { kind: 'brief' as const, leadStakeholderIds: ['IOM', 'UNITAR'] };

describe('can', () => {
  it('gives the pen on the compact only to co-facilitators and the secretariat', () => {
    const holders = ROLES.filter((role) => holdsPen({ role, stakeholderId: 'X' }, compact));
    expect(holders).toEqual(['cofacilitator', 'secretariat']);
  });

  it('gives the pen on a brief to its lead agencies, not to other agency leads', () => {
    expect(holdsPen({ role: 'agency-lead', stakeholderId: 'IOM' }, brief3)).toBe(true);
    expect(holdsPen({ role: 'agency-lead', stakeholderId: 'OHCHR' }, brief3)).toBe(false);
    expect(holdsPen({ role: 'agency-contributor', stakeholderId: 'IOM' }, brief3)).toBe(false);
    expect(holdsPen({ role: 'delegate', stakeholderId: 'EU' }, brief3)).toBe(false);
  });

  it('lets every role read and only delegates table on the compact', () => {
    for (const role of ROLES) expect(can({ role, stakeholderId: 'X' }, 'read', compact)).toBe(true);
    const tablers = ROLES.filter((role) => can({ role, stakeholderId: 'X' }, 'table-proposal', compact));
    expect(tablers).toEqual(['delegate']);
  });

  it('keeps observers to reading', () => {
    const observer = { role: 'observer' as const, stakeholderId: 'O' };
    expect(can(observer, 'comment', compact)).toBe(false);
    expect(can(observer, 'table-proposal', brief3)).toBe(false);
    expect(can(observer, 'edit-text', compact)).toBe(false);
  });

  it('lets only co-facilitators decide on the compact', () => {
    const deciders = ROLES.filter((role) => can({ role, stakeholderId: 'X' }, 'decide-proposal', compact));
    expect(deciders).toEqual(['cofacilitator']);
  });

  it('lets a lead agency edit its brief rather than propose to it, and other agencies propose', () => {
    expect(can({ role: 'agency-lead', stakeholderId: 'IOM' }, 'table-proposal', brief3)).toBe(false);
    expect(can({ role: 'agency-lead', stakeholderId: 'OHCHR' }, 'table-proposal', brief3)).toBe(true);
    for (const role of ROLES) {
      for (const doc of [compact, brief3]) {
        for (const stakeholderId of ['IOM', 'X']) {
          const actor = { role, stakeholderId };
          expect({ role, stakeholderId, both: holdsPen(actor, doc) && can(actor, 'table-proposal', doc) }).toMatchObject({ both: false });
        }
      }
    }
  });

  it('lets the pen-holders and the secretariat read the audit log, nobody else', () => {
    const compactReaders = ROLES.filter((role) => can({ role, stakeholderId: 'X' }, 'read-audit', compact));
    expect(compactReaders).toEqual(['cofacilitator', 'secretariat']);
    const briefReaders = ROLES.flatMap((role) =>
      ['IOM', 'OHCHR'].filter((stakeholderId) => can({ role, stakeholderId }, 'read-audit', brief3)).map((s) => `${role} ${s}`),
    );
    expect(briefReaders).toEqual(['secretariat IOM', 'secretariat OHCHR', 'agency-lead IOM']);
  });

  it('names the roles that hold the pen on every document of a kind', () => {
    expect(penRoles('compact')).toEqual(['cofacilitator', 'secretariat']);
    expect(penRoles('brief')).toEqual(['secretariat']);
  });
});
