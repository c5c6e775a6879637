import { describe, expect, it } from 'vitest';
import { BRIEF_STAGES } from '../domain/index.ts';
import { can } from './can.ts';
import { documentRight } from './document-rights.ts';
import { briefMovesFor, briefTransition, mayMoveBrief } from './brief-transitions.ts';

const leads = ['agency-ohchr'];
const lead = { role: 'agency-lead', stakeholderId: 'agency-ohchr' } as const;
const otherAgency = { role: 'agency-lead', stakeholderId: 'agency-iom' } as const;
const delegate = { role: 'delegate', stakeholderId: 'group-eu' } as const;
const observer = { role: 'observer', stakeholderId: 'observer-cs' } as const;
const secretariat = { role: 'secretariat', stakeholderId: 'secretariat' } as const;
const cofacilitator = { role: 'cofacilitator', stakeholderId: 'MEX' } as const;
const brief = (stage: (typeof BRIEF_STAGES)[number]) => ({ kind: 'brief' as const, leadStakeholderIds: leads, stage });

describe('who sees a brief in each stage', () => {
  it('shows a draft to its co-leads and the secretariat only', () => {
    expect(can(lead, 'read', brief('draft'))).toBe(true);
    expect(can(secretariat, 'read', brief('draft'))).toBe(true);
    for (const actor of [otherAgency, delegate, observer, cofacilitator]) expect(can(actor, 'read', brief('draft'))).toBe(false);
  });

  it('shows it to other agencies and the co-facilitators from circulation on, to delegations and observers once published', () => {
    for (const stage of ['circulated', 'finalization', 'endorsed'] as const) {
      expect(can(otherAgency, 'read', brief(stage))).toBe(true);
      expect(can(cofacilitator, 'read', brief(stage))).toBe(true);
      expect(can(delegate, 'read', brief(stage))).toBe(false);
      expect(can(observer, 'read', brief(stage))).toBe(false);
    }
    for (const actor of [otherAgency, delegate, observer, cofacilitator]) expect(can(actor, 'read', brief('published'))).toBe(true);
  });

  it('gives no right at all on a brief the actor may not see', () => {
    expect(can(delegate, 'comment', brief('draft'))).toBe(false);
    expect(can(otherAgency, 'table-proposal', brief('draft'))).toBe(false);
  });
});

describe('when the text is written', () => {
  it('gives the pen to the co-leads and the secretariat only in draft and under finalization', () => {
    for (const stage of BRIEF_STAGES) {
      const open = stage === 'draft' || stage === 'finalization';
      expect(can(lead, 'edit-text', brief(stage))).toBe(open);
      expect(can(secretariat, 'edit-text', brief(stage))).toBe(open);
      expect(can(otherAgency, 'edit-text', brief(stage))).toBe(false);
    }
  });

  it('leaves the compact, which has no stage, as it was', () => {
    expect(can(delegate, 'read', { kind: 'compact', leadStakeholderIds: [] })).toBe(true);
  });
});

describe('who moves a brief', () => {
  it('lets the co-leads move it forward and back around circulation, the secretariat endorse and publish', () => {
    expect(briefMovesFor(lead, leads, 'draft').map((t) => t.to)).toEqual(['circulated']);
    expect(briefMovesFor(lead, leads, 'circulated').map((t) => t.to)).toEqual(['draft', 'finalization']);
    expect(briefMovesFor(lead, leads, 'finalization').map((t) => t.to)).toEqual(['circulated']);
    expect(briefMovesFor(secretariat, leads, 'finalization').map((t) => t.to)).toEqual(['endorsed']);
    expect(briefMovesFor(secretariat, leads, 'endorsed').map((t) => t.to)).toEqual(['published']);
    expect(briefMovesFor(lead, leads, 'endorsed')).toEqual([]);
  });

  it('has no move that skips a stage or leaves publication', () => {
    expect(briefTransition('draft', 'finalization')).toBeUndefined();
    expect(briefTransition('published', 'draft')).toBeUndefined();
    expect(mayMoveBrief(otherAgency, leads, briefTransition('draft', 'circulated')!)).toBe(false);
  });
});

describe('the right a brief shows in each stage', () => {
  it('offers proposals to other agencies only while circulated, and the pen to the co-leads only while it is written', () => {
    expect(documentRight(otherAgency, brief('circulated'))).toBe('propose-and-comment');
    expect(documentRight(otherAgency, brief('finalization'))).toBe('comment');
    expect(documentRight(lead, brief('circulated'))).toBe('comment');
    expect(documentRight(lead, brief('finalization'))).toBe('pen');
    expect(documentRight(delegate, brief('published'))).toBe('comment');
  });
});

describe('technical inputs', () => {
  const contributor = { role: 'agency-contributor', stakeholderId: 'agency-unicef' } as const;

  it('lets every agency submit on a brief it sees, and only its co-leads decide', () => {
    for (const actor of [lead, otherAgency, contributor]) expect(can(actor, 'submit-input', brief('circulated'))).toBe(true);
    for (const actor of [delegate, observer, secretariat, cofacilitator])
      expect(can(actor, 'submit-input', brief('published'))).toBe(false);
    expect(can(lead, 'decide-input', brief('circulated'))).toBe(true);
    for (const actor of [otherAgency, contributor, delegate, cofacilitator])
      expect(can(actor, 'decide-input', brief('circulated'))).toBe(false);
    expect(can(otherAgency, 'submit-input', brief('draft'))).toBe(false);
  });

  it('takes no input on the compact', () => {
    expect(can(lead, 'submit-input', { kind: 'compact', leadStakeholderIds: [] })).toBe(false);
  });
});
